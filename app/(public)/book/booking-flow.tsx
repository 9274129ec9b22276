'use client';

// Booking on one page: each choice reveals the next, and the progress list on top says which
// step is next. Every choice lives in the URL (type, clinic, therapist, date, time, with), so
// Back, refresh, a shared link and the sign-in round trip all keep the place.
// window.history.pushState updates useSearchParams without a server round trip.
// The steps after the first (times, waitlist, confirm) are loaded when they are shown, so the
// first paint of /book carries only the choices (decision 028: first-load JS).
import dynamic from 'next/dynamic';
import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, query } from '@/app/_components/api-client';
import { dateKey } from '@/app/_components/calendar-dates';
import { formatDateTime, useViewerZone } from '@/app/_components/local-time';
import type { OpenSlot } from '@/app/_components/week-slots';
import { isUsState, stateName } from '@/lib/licensure/us-states';
import { BookingProgress } from './booking-progress';
import {
  ClinicChoice,
  TherapistChoice,
  VisitTypeChoice,
  type BookableClinic,
  type BookableVisitType,
  type TherapistList,
} from './booking-steps';
import type { BookingViewer } from './confirm-booking';
import { PatientStateChoice } from './patient-state-choice';

const loading = () => <p className="muted">Loading…</p>;
const PickTime = dynamic(() => import('./pick-time').then((m) => m.PickTime), { loading });
const JoinWaitlist = dynamic(() => import('./join-waitlist').then((m) => m.JoinWaitlist));
const ConfirmBooking = dynamic(() => import('./confirm-booking').then((m) => m.ConfirmBooking), { loading });

type Param = 'type' | 'clinic' | 'therapist' | 'date' | 'week' | 'time' | 'with' | 'state';

export function BookingFlow({
  visitTypes: allVisitTypes,
  clinics,
  viewer,
  intake = { needed: false, virtualAllowed: true },
  defaultState = null,
}: {
  visitTypes: BookableVisitType[];
  clinics: BookableClinic[];
  viewer: BookingViewer;
  /** Video visits: the state to assume until the patient picks one (their preferred clinic's). */
  defaultState?: string | null;
  /** The patient's intake: still needed before the first booking; video ruled out by a red flag. */
  intake?: { needed: boolean; virtualAllowed: boolean };
}) {
  const visitTypes = intake.virtualAllowed ? allVisitTypes : allVisitTypes.filter((v) => v.modality !== 'VIRTUAL');
  const params = useSearchParams();
  const [therapistList, setTherapistList] = useState<{ key: string; list: TherapistList } | null>(null);
  const [notice, setNotice] = useState('');
  const [reloadKey, setReloadKey] = useState(0);
  const confirmHeadingEl = useRef<HTMLHeadingElement | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const focusConfirm = useRef(false);

  const visitType = visitTypes.find((v) => v.id === params.get('type')) ?? null;
  const inClinic = visitType?.modality === 'IN_CLINIC';
  const clinic = inClinic ? (clinics.find((c) => c.id === params.get('clinic')) ?? null) : null;
  const askedState = params.get('state') ?? defaultState;
  const patientState = visitType && !inClinic && askedState && isUsState(askedState) ? askedState : null;
  const therapistsQuery = !visitType
    ? null
    : inClinic
      ? clinic
        ? { clinicId: clinic.id }
        : null
      : patientState
        ? { virtual: 'true' as const, patientState }
        : null;
  const therapistsKey = therapistsQuery && query(therapistsQuery);
  const latestTherapistsQuery = useRef(therapistsQuery);
  latestTherapistsQuery.current = therapistsQuery;

  useEffect(() => {
    const therapistsQuery = latestTherapistsQuery.current;
    if (!therapistsKey || !therapistsQuery) return;
    const controller = new AbortController();
    api('GET /api/therapists', { query: therapistsQuery, signal: controller.signal }).then(
      (res) => {
        setTherapistList({
          key: therapistsKey,
          list: res.ok ? { ok: true, therapists: res.data.therapists } : { ok: false, message: res.message },
        });
      },
      () => {
        /* superseded */
      },
    );
    return () => controller.abort();
  }, [therapistsKey]);

  const list = therapistList?.key === therapistsKey ? therapistList.list : null;
  const therapists = list?.ok ? list.therapists : [];
  // A therapist in the URL who is not (or no longer) on the list means "first available".
  const asked = params.get('therapist');
  const therapistId = asked && (!list || therapists.some((t) => t.id === asked)) ? asked : null;
  const start = params.get('time');
  const withId = params.get('with');
  const chosen =
    visitType && start && withId && (!inClinic || clinic) && (!therapistId || therapistId === withId)
      ? { start, therapistId: withId }
      : null;
  const showTimes = Boolean(visitType && (!inClinic || clinic) && list?.ok && therapists.length > 0);

  // A picked time moves focus to the confirm step's heading: here when the step is already shown,
  // or as soon as it mounts (its code may still be loading when the time is picked).
  const confirmHeading = useCallback((el: HTMLHeadingElement | null) => {
    confirmHeadingEl.current = el;
    if (el && focusConfirm.current) {
      focusConfirm.current = false;
      el.focus();
    }
  }, []);
  useEffect(() => {
    if (!chosen) focusConfirm.current = false;
    else if (focusConfirm.current && confirmHeadingEl.current) {
      focusConfirm.current = false;
      confirmHeadingEl.current.focus();
    }
  });

  // The confirm step (and the button that had focus) is gone: put focus on why.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  function update(changes: Partial<Record<Param, string | null>>, mode: 'push' | 'replace' = 'push') {
    const next = new URLSearchParams(params.toString());
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    const search = next.toString();
    const url = search ? `?${search}` : window.location.pathname;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }

  function chooseVisitType(vt: BookableVisitType) {
    setNotice('');
    const sameKind = visitType?.modality === vt.modality;
    update({ type: vt.id, time: null, with: null, ...(sameKind ? {} : { clinic: null, therapist: null }) });
  }

  function chooseSlot(slot: OpenSlot) {
    setNotice('');
    focusConfirm.current = true;
    update({ time: slot.start, with: slot.therapistId });
  }

  // Server-rendered in UTC, then in the viewer's zone straight after hydration (see local-time.tsx).
  const zone = useViewerZone();
  const therapistNames = new Map(therapists.map((t) => [t.id, t.name]));
  const chosenName = chosen ? (therapistNames.get(chosen.therapistId) ?? null) : null;
  const steps = [
    { target: 'step-visit', label: 'Visit', value: visitType?.name ?? null },
    {
      target: inClinic ? 'step-place' : 'step-visit',
      label: 'Place',
      value: !visitType ? null : inClinic ? (clinic?.name ?? null) : 'Video',
    },
    {
      target: 'step-therapist',
      label: 'Therapist',
      value: !showTimes ? null : therapistId ? (therapistNames.get(therapistId) ?? null) : 'First available',
    },
    {
      target: 'step-time',
      label: 'Day & time',
      value: chosen ? `${formatDateTime(chosen.start, zone ?? 'UTC')}${chosenName ? `, ${chosenName}` : ''}` : null,
    },
    { target: 'step-confirm', label: 'Confirm', value: null },
  ];

  const returnTo = `/book${params.toString() ? `?${params.toString()}` : ''}`;

  return (
    <div className="booking-flow">
      <BookingProgress steps={steps} />
      {!intake.virtualAllowed && (
        <p className="notice">
          Video visits are not available because your intake answers include a warning sign that needs a doctor first. Once a
          doctor has checked you, you can book a visit at a clinic.
        </p>
      )}
      <div id="step-visit" className="step-anchor">
        <VisitTypeChoice visitTypes={visitTypes} value={visitType?.id ?? null} onChange={chooseVisitType} />
      </div>

      {inClinic && (
        <div id="step-place" className="step-anchor">
          <ClinicChoice
            clinics={clinics}
            value={clinic?.id ?? null}
            onChange={(id) => {
              setNotice('');
              update({ clinic: id, therapist: null, date: null, time: null, with: null });
            }}
          />
        </div>
      )}

      {visitType && !inClinic && (
        <PatientStateChoice
          value={patientState}
          onChange={(state) => {
            setNotice('');
            update({ state, therapist: null, date: null, time: null, with: null });
          }}
        />
      )}

      {patientState && list?.ok && therapists.length === 0 && (
        <p className="notice" role="status">
          None of our therapists is licensed in {stateName(patientState)} yet, so we cannot offer you a video visit there.
        </p>
      )}

      {therapistsKey && (
        <div id="step-therapist" className="step-anchor">
          <TherapistChoice
            list={list}
            value={therapistId}
            virtual={!inClinic}
            onChange={(id) => {
              setNotice('');
              update({ therapist: id, date: null, time: null, with: null });
            }}
          />
        </div>
      )}

      {showTimes && visitType && (
        <section id="step-time" className="booking-step step-anchor" aria-labelledby="times-heading">
          <h2 id="times-heading">Pick a day and time</h2>
          {notice && (
            <p ref={noticeRef} tabIndex={-1} className="form-error" role="alert">
              {notice}
            </p>
          )}
          <PickTime
            key={`${visitType.id}|${therapistId}|${clinic?.id}|${patientState}`}
            visitTypeId={visitType.id}
            therapistId={therapistId}
            clinic={clinic}
            patientState={patientState}
            therapistNames={therapistNames}
            // A link to a time ("Book" on the locator) opens on that time's day.
            date={params.get('date') ?? params.get('week') ?? (start ? dateKey(new Date(start)) : null)}
            chosenStart={chosen?.start ?? null}
            chosenWith={chosen?.therapistId ?? null}
            onSelect={chooseSlot}
            reloadKey={reloadKey}
            onDateChange={(date) => {
              setNotice('');
              update({ date, week: null, time: null, with: null });
            }}
          />
        </section>
      )}

      {showTimes && visitType && (
        <JoinWaitlist
          key={`${visitType.id}|${therapistId}|${clinic?.id}|${patientState}`}
          visitTypeId={visitType.id}
          therapistId={therapistId}
          clinicId={clinic?.id ?? null}
          patientState={patientState}
          viewer={viewer}
          returnTo={returnTo}
        />
      )}

      {showTimes && visitType && chosen && (
        <div id="step-confirm" className="step-anchor">
          <ConfirmBooking
            key={`${chosen.start}|${chosen.therapistId}`}
            headingRef={confirmHeading}
            visit={{
              visitType,
              clinic,
              start: chosen.start,
              therapistId: chosen.therapistId,
              patientState,
              therapistName: chosenName,
            }}
            viewer={viewer}
            needsIntake={intake.needed}
            returnTo={returnTo}
            onSlotTaken={() => {
              setNotice('That time was just taken. Please pick another.');
              update({ time: null, with: null }, 'replace');
              setReloadKey((k) => k + 1);
            }}
            onRefused={() => setReloadKey((k) => k + 1)}
          />
        </div>
      )}
    </div>
  );
}
