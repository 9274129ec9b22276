// Where a video join's time goes, seen from inside the joining page: the LiveKit signalling
// messages (the /rtc WebSocket, decoded with LiveKit's own protocol types), the peer connections'
// state and remote tracks, and our own API calls, all on the page's clock. `JOIN_TRACE_SCRIPT` is
// installed before the app loads; `joinMilestones` turns what it recorded into milestones, in ms
// after the Join click.
import type { Page } from '@playwright/test';
import { ParticipantInfo_State, SignalRequest, SignalResponse, TrackType } from '@livekit/protocol';

// As source text (tsx would wrap a function passed to addInitScript in a helper the page lacks).
export const JOIN_TRACE_SCRIPT = `(() => {
  const trace = (window.__joinTrace = []);
  const at = () => performance.now();
  const bytes = (d) => (d instanceof ArrayBuffer ? Array.from(new Uint8Array(d)) : ArrayBuffer.isView(d) ? Array.from(new Uint8Array(d.buffer, d.byteOffset, d.byteLength)) : null);
  const NativeSocket = window.WebSocket;
  window.WebSocket = class extends NativeSocket {
    constructor(url, protocols) {
      super(url, protocols);
      if (!String(url).includes('/rtc')) return;
      trace.push({ kind: 'ws-create', t: at() });
      this.addEventListener('open', () => trace.push({ kind: 'ws-open', t: at() }));
      this.addEventListener('message', (e) => { const b = bytes(e.data); if (b) trace.push({ kind: 'recv', t: at(), b }); });
      const send = this.send.bind(this);
      this.send = (d) => { const b = bytes(d); if (b) trace.push({ kind: 'send', t: at(), b }); return send(d); };
    }
  };
  const NativePC = window.RTCPeerConnection;
  window.RTCPeerConnection = class extends NativePC {
    constructor(...args) {
      super(...args);
      this.addEventListener('connectionstatechange', () => trace.push({ kind: 'pc-' + this.connectionState, t: at() }));
      this.addEventListener('track', (e) => trace.push({ kind: 'pc-track-' + e.track.kind, t: at() }));
    }
  };
  const nativeFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = String(input && input.url ? input.url : input);
    const start = at();
    try { return await nativeFetch(input, init); }
    finally { if (/video-|rtc\\/validate/.test(url)) trace.push({ kind: 'fetch', t: at(), start, url: url.replace(/\\?.*/, '') }); }
  };
})()`;

interface Entry {
  kind: string;
  t: number;
  b?: number[];
  start?: number;
  url?: string;
}

export const MILESTONES = [
  ['token', 'join token fetched (before the click: pre-join)'],
  ['signal', 'signal WebSocket open'],
  ['joined', 'join answered by the server'],
  ['announced', 'waiting announced to the therapist (POST …/video-waiting answered)'],
  ['media', 'first peer connection connected (ICE + DTLS)'],
  ['admitted', 'may subscribe (in the token, or the Admit permission push)'],
  ['refresh', 'token refreshed by the server (after a permission change)'],
  ['published', 'own camera published (trackPublished)'],
  ['track', "the other's video track arrives (ontrack)"],
  ['callShown', 'call view shown (the stage is in the page)'],
  ['videoElement', "the other's <video> is in the page"],
  ['settings', 'video element visible: track settings sent (adaptive stream)'],
  ['frame', 'first frame of the other person shown'],
] as const;
export type Milestone = (typeof MILESTONES)[number][0];

/** Milestones of the latest join, in ms after the Join click (negative: before it; missing: did not happen). */
export async function joinMilestones(page: Page): Promise<Partial<Record<Milestone, number>>> {
  const { trace, joinAt, frameAt, callShownAt, videoElementAt } = await page.evaluate<{
    trace: Entry[];
    joinAt: number;
    frameAt?: number;
    callShownAt?: number;
    videoElementAt?: number;
  }>(
    '({ trace: window.__joinTrace ?? [], joinAt: window.joinAt, frameAt: window.frameAt, callShownAt: window.callShownAt, videoElementAt: window.videoElementAt })',
  );
  const out: Partial<Record<Milestone, number>> = {};
  const set = (m: Milestone, t: number) => {
    if (out[m] === undefined) out[m] = t - joinAt;
  };
  const token = trace.filter((e) => e.kind === 'fetch' && e.url?.includes('video-token') && e.t <= joinAt).at(-1);
  if (token) out.token = token.start! - token.t; // its duration, as a negative offset
  let selfSid = '';
  for (const e of trace.filter((x) => x.t >= joinAt)) {
    if (e.kind === 'ws-open') set('signal', e.t);
    else if (e.kind === 'pc-connected') set('media', e.t);
    else if (e.kind === 'pc-track-video') set('track', e.t);
    else if (e.kind === 'fetch' && e.url?.endsWith('/video-waiting')) set('announced', e.t);
    else if (e.kind === 'send' && e.b) {
      const req = SignalRequest.fromBinary(new Uint8Array(e.b)).message;
      if (req.case === 'trackSetting' && !req.value.disabled) set('settings', e.t);
    } else if (e.kind === 'recv' && e.b) {
      const res = SignalResponse.fromBinary(new Uint8Array(e.b)).message;
      if (res.case === 'join') {
        set('joined', e.t);
        selfSid = res.value.participant?.sid ?? '';
        if (res.value.participant?.permission?.canSubscribe) set('admitted', e.t);
      } else if (res.case === 'update') {
        const self = res.value.participants.find((p) => p.sid === selfSid);
        if (self?.permission?.canSubscribe) set('admitted', e.t);
      } else if (res.case === 'refreshToken') {
        if (out.admitted !== undefined) set('refresh', e.t);
      } else if (res.case === 'trackPublished') {
        if (res.value.track?.type === TrackType.VIDEO) set('published', e.t);
      }
    }
  }
  if (frameAt !== undefined) out.frame = frameAt - joinAt;
  if (callShownAt !== undefined) out.callShown = callShownAt - joinAt;
  if (videoElementAt !== undefined) out.videoElement = videoElementAt - joinAt;
  return out;
}

/** One signal message, decoded, as a short line for a timeline. */
function describe(e: Entry): string {
  if (!e.b) return e.kind === 'fetch' ? `fetch ${e.url?.replace(/^.*\/api\//, '')} (${(e.t - e.start!).toFixed(0)} ms)` : e.kind;
  if (e.kind === 'send') {
    const req = SignalRequest.fromBinary(new Uint8Array(e.b)).message;
    if (req.case === 'trackSetting')
      return `send trackSetting disabled=${req.value.disabled} quality=${req.value.quality} ${req.value.width}x${req.value.height}`;
    return `send ${req.case ?? '?'}`;
  }
  const res = SignalResponse.fromBinary(new Uint8Array(e.b)).message;
  if (res.case === 'update')
    return `recv update ${res.value.participants
      .map((p) => `${p.identity.slice(0, 6)}[sub=${p.permission?.canSubscribe} tracks=${p.tracks.length} state=${p.state}]`)
      .join(' ')}`;
  if (res.case === 'streamStateUpdate')
    return `recv streamStateUpdate ${res.value.streamStates.map((s) => `${s.trackSid.slice(0, 8)}=${s.state}`).join(' ')}`;
  if (res.case === 'subscribedQualityUpdate')
    return `recv subscribedQualityUpdate ${res.value.subscribedQualities.map((q) => `${q.quality}:${q.enabled}`).join(' ')}`;
  return `recv ${res.case ?? '?'}`;
}

/** The latest join's whole trace as lines, ms on the patient's clock after the click (BENCH_VIDEO_TIMELINE=1). */
export async function timeline(page: Page, joinEpoch: number, who: string): Promise<string[]> {
  const { trace, origin } = await page.evaluate<{ trace: Entry[]; origin: number }>(
    '({ trace: window.__joinTrace ?? [], origin: performance.timeOrigin })',
  );
  return trace
    .map((e) => ({ t: origin + e.t - joinEpoch, e }))
    .filter(({ t }) => t >= -50 && t < 4000)
    .filter(({ e }) => !(e.kind === 'send' && e.b && SignalRequest.fromBinary(new Uint8Array(e.b)).message.case === 'ping'))
    .filter(({ e }) => !(e.kind === 'recv' && e.b && SignalResponse.fromBinary(new Uint8Array(e.b)).message.case === 'pongResp'))
    .map(({ t, e }) => `${t.toFixed(0).padStart(6)}  ${who}  ${describe(e)}`);
}

export const ADMISSION_MILESTONES = [
  ['seen', "the therapist's page hears of the patient (participant update on its signal socket)"],
  ['clicked', 'Admit clicked (the moment it shows)'],
  ['admitSent', 'POST …/admit sent'],
  ['admitAnswered', 'POST …/admit answered'],
] as const;
export type AdmissionMilestone = (typeof ADMISSION_MILESTONES)[number][0];

/**
 * The therapist's side of the latest admission, in ms after the patient's Join click. The two
 * pages are two browsers on one machine: their clocks are put on one axis with performance.timeOrigin.
 */
export async function admissionMilestones(therapist: Page, patient: Page): Promise<Partial<Record<AdmissionMilestone, number>>> {
  const joinEpoch = await patient.evaluate<number>('performance.timeOrigin + window.joinAt');
  const { trace, origin, clicks } = await therapist.evaluate<{ trace: Entry[]; origin: number; clicks: number[] }>(
    '({ trace: window.__joinTrace ?? [], origin: performance.timeOrigin, clicks: window.__admitClicks ?? [] })',
  );
  const after = (t: number) => origin + t - joinEpoch;
  const out: Partial<Record<AdmissionMilestone, number>> = {};
  let selfIdentity = '';
  for (const e of trace) {
    if (e.kind !== 'recv' || !e.b) continue;
    const res = SignalResponse.fromBinary(new Uint8Array(e.b)).message;
    if (res.case === 'join') selfIdentity = res.value.participant?.identity ?? '';
    else if (res.case === 'update' && out.seen === undefined && after(e.t) >= 0) {
      const arrived = res.value.participants.some(
        (p) => p.identity !== selfIdentity && p.state !== ParticipantInfo_State.DISCONNECTED,
      );
      if (arrived) out.seen = after(e.t);
    }
  }
  const click = clicks.map(after).find((t) => t >= 0);
  if (click !== undefined) out.clicked = click;
  const admit = trace.find((e) => e.kind === 'fetch' && e.url?.endsWith('/admit') && after(e.start!) >= 0);
  if (admit) {
    out.admitSent = after(admit.start!);
    out.admitAnswered = after(admit.t);
  }
  return out;
}
