// The client's address, for per-address rate limits and the audit trail. Only the TCP peer's
// address is a fact; X-Forwarded-For is whatever the caller wrote, unless a proxy we configured
// (TRUSTED_PROXY_HOPS or TRUSTED_PROXIES) appended it. Next's route handlers never see the socket
// (and `next start` keeps a client's own X-Forwarded-For instead of adding the peer), so our server,
// scripts/serve.ts, copies the peer address into PEER_ADDRESS_HEADER, overwriting whatever a client
// sent, and flags the process; under any other server that header is not believed.
// See docs/decisions/015-browser-and-deployment-posture.md.
import { BlockList, isIP } from 'node:net';
import { env } from '../env';

export const PEER_ADDRESS_HEADER = 'x-rehabit-peer-address';
const SERVER_SETS_PEER = Symbol.for('rehabit.server-sets-peer-address');
/** The key every caller shares when the peer is unknown (`next dev`, a server other than ours). */
export const UNKNOWN_ADDRESS = 'local';
const MAX_LENGTH = 64;

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

export interface ProxyTrust {
  /** How many proxies in front of the app append to X-Forwarded-For (0: trust none). */
  hops: number;
  /** Addresses/CIDR ranges of our proxies; when set, it decides instead of `hops`. */
  proxies: readonly string[];
}

/** Called once by scripts/serve.ts, which sets PEER_ADDRESS_HEADER on every request. */
export function markPeerAddressFromServer(): void {
  (globalThis as Record<symbol, unknown>)[SERVER_SETS_PEER] = true;
}

function serverSetsPeer(): boolean {
  return (globalThis as Record<symbol, unknown>)[SERVER_SETS_PEER] === true;
}

function headerValues(headers: HeaderSource, name: string): string[] {
  const raw = headers instanceof Headers ? headers.get(name) : headers?.[name];
  return (Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

/** `::ffff:192.0.2.1` (an IPv4 peer on a dual-stack socket) is 192.0.2.1. */
const normalize = (address: string) => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1').slice(0, MAX_LENGTH);

function trustedRanges(proxies: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of proxies) {
    const [address = '', prefix] = entry.split('/');
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return list;
}

function isTrusted(ranges: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && ranges.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/**
 * The address of whoever is calling: the peer, or, walking X-Forwarded-For from the right, the
 * first entry not added by one of our proxies. Pure, for tests; routes use clientIp().
 */
export function clientAddress(headers: HeaderSource, trust: ProxyTrust, peerFromServer: boolean): string {
  const peer = peerFromServer ? headerValues(headers, PEER_ADDRESS_HEADER)[0] : undefined;
  if (!peer) return UNKNOWN_ADDRESS;
  const chain = [...headerValues(headers, 'x-forwarded-for'), peer].map(normalize);
  if (trust.proxies.length > 0) {
    const ranges = trustedRanges(trust.proxies);
    let i = chain.length - 1;
    while (i > 0 && isTrusted(ranges, chain[i]!)) i--;
    return chain[i]!;
  }
  return chain[Math.max(0, chain.length - 1 - trust.hops)]!;
}

/** The caller's address under this deployment's proxy configuration. */
export function clientIp(headers: HeaderSource): string {
  const { TRUSTED_PROXY_HOPS, TRUSTED_PROXIES } = env();
  return clientAddress(headers, { hops: TRUSTED_PROXY_HOPS, proxies: TRUSTED_PROXIES }, serverSetsPeer());
}
