// The RTM report for one calendar month: for each plan of care that ran in it, the 30-day periods
// overlapping the month with their days of patient-reported data (exercise logs, questionnaires
// and sleep check-ins), the therapist's management minutes in the month and whether an interactive
// communication happened (a message exchange — both sides wrote — or a completed video visit),
// and the codes that are billable. A practice may count only video visits as interactive (its
// rtm_messages_interactive setting, CMS's reading). Without the patient's RTM consent no code is
// billable (the row still shows the progress); with it, only data days from the consent's date
// and minutes recorded from its instant count, up to a withdrawal (decision 029). An episode starts
// with the plan's first day. A therapist sees their own patients, a practice admin their
// practice's, a network admin all; never the patients of a practice that switched RTM off.
import { db, type Prisma } from '../db';
import type { SessionUser } from '../auth/roles';
import { recordPhiRead } from '../audit/record-phi-read';
import { readerPracticeId } from '../care/care-relationship';
import { addDays, dateOnly, todayIn } from '../plans/calendar';
import {
  billableCodes,
  currentMonth,
  dataDaysIn,
  dayUnderConsent,
  deviceCodeStatus,
  instantUnderConsent,
  managementStatus,
  monthDates,
  monthOf,
  periodsOverlapping,
  setupCodeMet,
  type ConsentSpan,
} from './rtm-rules';
import type { RtmReport, RtmRow } from './schemas';

const DAY_MS = 86_400_000;

function therapistScope(user: SessionUser): Prisma.TherapistWhereInput {
  const running = { practice: { rtmEnabled: true } };
  if (user.role === 'THERAPIST') return { userId: user.id, ...running };
  return user.practiceId ? { practiceId: user.practiceId, ...running } : running;
}

/** The month now: on a therapist's own wall clock; UTC for admins (who span zones). */
async function defaultMonth(user: SessionUser, now: Date): Promise<string> {
  if (user.role !== 'THERAPIST') return currentMonth(now);
  const therapist = await db().therapist.findUnique({ where: { userId: user.id }, select: { timezone: true } });
  return currentMonth(now, therapist?.timezone ?? 'UTC');
}

export async function loadRtmReport(
  user: SessionUser,
  requestedMonth: string | undefined,
  options: { now?: Date; patientId?: string } = {},
): Promise<RtmReport> {
  const now = options.now ?? new Date();
  const month = requestedMonth ?? (await defaultMonth(user, now));
  const { first, last } = monthDates(month);
  // A day either side: instants are placed in months on the therapist's wall clock.
  const from = new Date(Date.parse(`${first}T00:00:00Z`) - DAY_MS);
  const to = new Date(Date.parse(`${last}T00:00:00Z`) + 2 * DAY_MS);
  const plans = await db().exercisePlan.findMany({
    where: {
      therapist: therapistScope(user),
      ...(options.patientId ? { patientId: options.patientId } : {}),
      versions: { some: { version: 1, startsOn: { lte: new Date(`${last}T00:00:00Z`) } } },
      OR: [{ endedAt: null }, { endedAt: { gte: from } }],
    },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      title: true,
      patientId: true,
      therapistId: true,
      patient: {
        select: {
          timezone: true,
          user: { select: { name: true } },
          rtmConsents: {
            orderBy: { recordedAt: 'asc' },
            select: {
              recordedAt: true,
              withdrawnAt: true,
              recordedBy: { select: { name: true } },
              withdrawnBy: { select: { name: true } },
            },
          },
          // A sleep check-in is patient-reported data too (the night-pain plans of decision 024).
          sleepCheckIns: {
            where: { checkedOn: { gte: new Date(from.getTime() - 31 * DAY_MS), lte: to } },
            select: { checkedOn: true },
          },
        },
      },
      therapist: {
        select: {
          timezone: true,
          practiceId: true,
          practice: { select: { rtmMessagesInteractive: true } },
          user: { select: { name: true } },
        },
      },
      versions: { where: { version: 1 }, select: { startsOn: true } },
      logs: {
        where: { performedOn: { gte: new Date(from.getTime() - 31 * DAY_MS), lte: to } },
        select: { performedOn: true },
        distinct: ['performedOn'],
      },
      scores: { where: { takenOn: { gte: new Date(from.getTime() - 31 * DAY_MS), lte: to } }, select: { takenOn: true } },
    },
  });
  if (user.role === 'THERAPIST') await readerPracticeId(user); // a therapist account without a profile is refused
  const pairs = plans.map((p) => ({ patientId: p.patientId, therapistId: p.therapistId }));
  const inMonth = { gte: from, lt: to };
  const [entries, messages, visits] =
    pairs.length === 0
      ? [[], [], []]
      : await Promise.all([
          db().rtmTimeEntry.findMany({
            where: { OR: pairs, performedAt: inMonth },
            select: { patientId: true, therapistId: true, minutes: true, performedAt: true },
          }),
          db().message.findMany({
            where: { OR: pairs, sentAt: inMonth },
            select: { patientId: true, therapistId: true, senderRole: true, sentAt: true },
          }),
          db().appointment.findMany({
            where: { OR: pairs, status: 'COMPLETED', modality: 'VIRTUAL', startsAt: inMonth },
            select: { patientId: true, therapistId: true, startsAt: true },
          }),
        ]);
  const rows: RtmRow[] = [];
  for (const plan of plans) {
    const start = plan.versions[0] ? dateOnly(plan.versions[0].startsOn) : null;
    if (!start) continue;
    const zone = plan.therapist.timezone;
    const mine = <T extends { patientId: string; therapistId: string }>(list: T[]) =>
      list.filter((x) => x.patientId === plan.patientId && x.therapistId === plan.therapistId);
    const patientZone = plan.patient.timezone;
    const consents = plan.patient.rtmConsents;
    const consent = consents.at(-1) ?? null;
    const spans: ConsentSpan[] = consents.map((c) => ({
      fromDay: todayIn(patientZone, c.recordedAt),
      untilDay: c.withdrawnAt ? todayIn(patientZone, c.withdrawnAt) : null,
      from: c.recordedAt,
      until: c.withdrawnAt,
    }));
    // Before any consent the progress still shows everything (and no code is billable).
    const counts = {
      day: (d: string) => !consent || dayUnderConsent(spans, d),
      at: (t: Date) => !consent || instantUnderConsent(spans, t),
    };
    const withdrawnDay = consent?.withdrawnAt ? todayIn(patientZone, consent.withdrawnAt) : null;
    const minutes = mine(entries)
      .filter((e) => monthOf(e.performedAt, zone) === month && counts.at(e.performedAt))
      .reduce((n, e) => n + e.minutes, 0);
    const sides = new Set(
      mine(messages)
        .filter((m) => monthOf(m.sentAt, zone) === month)
        .map((m) => m.senderRole),
    );
    const exchanged = plan.therapist.practice.rtmMessagesInteractive && sides.size === 2;
    const interactive = exchanged || mine(visits).some((v) => monthOf(v.startsAt, zone) === month);
    const management = managementStatus(minutes, interactive);
    const dates = [
      ...plan.logs.map((l) => dateOnly(l.performedOn)),
      ...plan.scores.map((s) => dateOnly(s.takenOn)),
      ...plan.patient.sleepCheckIns.map((c) => dateOnly(c.checkedOn)),
    ].filter(counts.day);
    const today = todayIn(patientZone, now);
    const periods = periodsOverlapping(start, first, last).map((p) => {
      const days = dataDaysIn(p, dates);
      // After a withdrawal no further day can count: the period's outlook is decided.
      const status = deviceCodeStatus(p, days, today, withdrawnDay ? addDays(withdrawnDay, -1) : null);
      return {
        ...p,
        dataDays: days,
        met: status.met,
        missing: status.missing,
        outlook: status.outlook,
        endsInMonth: p.end >= first && p.end <= last,
        setup: setupCodeMet(p, days),
      };
    });
    const billed = periods.filter((p) => p.endsInMonth);
    const codes = consent
      ? billableCodes(
          billed.some((p) => p.setup),
          billed.filter((p) => p.met).length,
          management,
        )
      : [];
    rows.push({
      patient: { id: plan.patientId, name: plan.patient.user.name },
      therapist: { id: plan.therapistId, name: plan.therapist.user.name },
      plan: { id: plan.id, title: plan.title },
      rtmStart: start,
      periods: periods.map(({ setup: _setup, ...p }) => p),
      management,
      codes,
      consent: consent
        ? {
            recordedAt: consent.recordedAt.toISOString(),
            recordedBy: consent.recordedBy.name,
            withdrawnAt: consent.withdrawnAt?.toISOString() ?? null,
            withdrawnBy: consent.withdrawnBy?.name ?? null,
          }
        : null,
    });
  }
  await recordPhiRead(user, {
    action: 'rtm.report',
    entityType: 'rtm',
    patientIds: rows.map((r) => r.patient.id),
    practiceId: user.role === 'ADMIN' ? user.practiceId : (plans[0]?.therapist.practiceId ?? null),
    data: { month },
  });
  return { month, rows };
}
