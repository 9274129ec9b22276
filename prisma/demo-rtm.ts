// Demo remote therapeutic monitoring (decision 026): five patients of Priya Raman (therapist3, whom
// the e2e specs leave alone), on plans for about four months, each meeting or missing a threshold
// in last month (`RTM_DEMO_MONTH`) — relative to the seed's "now", so /admin/rtm shows the same
// cases whatever day it runs. Every plan starts 89 days before the 20th of last month, so its
// first 30-day period ends in the month before the one before (98975 there, with 16 days), its
// third on the 20th of last month (98977 billed in it). Each month has management minutes (two
// entries) and, by patient, a message exchange, a completed video visit or neither. Consent was
// recorded the day before each plan began. None of these patients can sign in.
import type { PrismaClient } from '../lib/generated/prisma/client.ts';
import { addDays, todayIn } from '../lib/plans/calendar';
import { wallTimeToInstant } from '../lib/scheduling/zoned-time';
import { PERIOD_DAYS } from '../lib/rtm/rtm-rules';
import { RTM_CONSENT_TEXT } from '../lib/rtm/consent-text';
import { createAppointment, createExerciseLogs, createExercisePlan, createPatient, type LogSeed } from './factories';

export interface RtmDemoCase {
  email: string;
  name: string;
  /** Days with data in each 30-day period (spread evenly over it). */
  daysPerPeriod: number;
  minutesPerMonth: number;
  interactive: 'messages' | 'video' | 'none';
}

export const RTM_DEMO_THERAPIST = 'therapist3@rehabit.test';

export const RTM_DEMO_CASES = {
  /** 24 days, 45 minutes with message exchanges: 98977, 98980 and one 98981 (98975 with period 1). */
  allMet: { email: 'rtm1@rehabit.test', name: 'Rosa Delgado', daysPerPeriod: 24, minutesPerMonth: 45, interactive: 'messages' },
  /** 11 of 16 days and 19 of 20 minutes: nothing billable. */
  justShort: { email: 'rtm2@rehabit.test', name: 'Omar Haddad', daysPerPeriod: 11, minutesPerMonth: 19, interactive: 'messages' },
  /** Exactly 16 days; 25 minutes but no interactive communication: 98977 (and 98975), no 98980. */
  noInteraction: {
    email: 'rtm3@rehabit.test',
    name: 'Lena Fischer',
    daysPerPeriod: 16,
    minutesPerMonth: 25,
    interactive: 'none',
  },
  /** 15 of 16 days; exactly 20 minutes with a video visit: 98980 only. */
  videoTwenty: {
    email: 'rtm4@rehabit.test',
    name: 'Victor Nguyen',
    daysPerPeriod: 15,
    minutesPerMonth: 20,
    interactive: 'video',
  },
  /** Every day, 62 minutes with message exchanges: 98977, 98980 and two 98981. */
  plenty: { email: 'rtm5@rehabit.test', name: 'Grace Holloway', daysPerPeriod: 30, minutesPerMonth: 62, interactive: 'messages' },
} as const satisfies Record<string, RtmDemoCase>;

/** Is day `j` (0–29) of a period one of the `k` days with data, spread evenly? */
const hasData = (j: number, k: number) => Math.floor(((j + 1) * k) / PERIOD_DAYS) > Math.floor((j * k) / PERIOD_DAYS);

/** 'YYYY-MM' of the month before the one containing `day`. */
const monthBefore = (day: string) => addDays(`${day.slice(0, 7)}-01`, -1).slice(0, 7);

/** The months the demo decides: last month (its cases) and the two before it, for the therapist's clock. */
export function rtmDemoMonths(now: Date, timeZone: string) {
  const last = monthBefore(todayIn(timeZone, now));
  const before = monthBefore(`${last}-01`);
  return { last, setup: monthBefore(`${before}-01`), months: [monthBefore(`${before}-01`), before, last] };
}

export async function seedDemoRtm(client: PrismaClient, now = new Date()): Promise<void> {
  const therapist = await client.therapist.findFirstOrThrow({ where: { user: { email: RTM_DEMO_THERAPIST } } });
  const zone = therapist.timezone;
  const today = todayIn(zone, now);
  const { last, months } = rtmDemoMonths(now, zone);
  const start = addDays(`${last}-20`, -(3 * PERIOD_DAYS - 1));
  const exercise = await client.exercise.findFirstOrThrow({ where: { slug: 'glute-bridge', practiceId: null } });
  const video = await client.visitType.findUniqueOrThrow({ where: { slug: 'virtual-follow-up' } });
  const past = (at: Date) => at.getTime() < now.getTime();
  const at = (day: string, hour: number) => new Date(wallTimeToInstant(day, hour * 60, zone)!);

  for (const c of Object.values(RTM_DEMO_CASES) as RtmDemoCase[]) {
    const user = await createPatient(client, {
      email: c.email,
      name: c.name,
      password: null,
      preferredClinicId: therapist.clinicId,
    });
    const patientId = user.patient!.id;
    await client.rtmConsent.create({
      data: {
        patientId,
        recordedByUserId: therapist.userId,
        recordedAt: at(addDays(start, -1), 11),
        textVersion: RTM_CONSENT_TEXT.version,
      },
    });
    const plan = await createExercisePlan(client, {
      patientId,
      therapistId: therapist.id,
      title: 'Home program with remote monitoring',
      versions: [{ startsOn: start, createdAt: at(addDays(start, -1), 10), items: [{ exerciseId: exercise.id }] }],
    });
    const logs: LogSeed[] = [];
    for (let day = start, j = 0; day < today; day = addDays(day, 1), j = (j + 1) % PERIOD_DAYS) {
      if (hasData(j, c.daysPerPeriod)) {
        logs.push({
          patientId,
          planId: plan.id,
          versionId: plan.versions[0]!.id,
          exerciseId: exercise.id,
          performedOn: day,
          pain: 3,
        });
      }
    }
    await createExerciseLogs(client, logs);

    for (const month of [...months, today.slice(0, 7)]) {
      const firstHalf = Math.ceil(c.minutesPerMonth / 2);
      for (const [day, minutes, reason] of [
        [`${month}-10`, firstHalf, 'Reviewed the logs and pain trend'],
        [`${month}-12`, c.minutesPerMonth - firstHalf, 'Adjusted the plan after review'],
      ] as const) {
        const performedAt = at(day, 12);
        if (past(performedAt))
          await client.rtmTimeEntry.create({ data: { patientId, therapistId: therapist.id, minutes, reason, performedAt } });
      }
      if (c.interactive === 'messages' && past(at(`${month}-08`, 15))) {
        await client.message.createMany({
          data: [
            {
              senderRole: 'PATIENT' as const,
              senderUserId: user.id,
              body: 'The bridges feel easier this week.',
              sentAt: at(`${month}-08`, 9),
            },
            {
              senderRole: 'THERAPIST' as const,
              senderUserId: therapist.userId,
              body: 'Great, add a five-second hold.',
              sentAt: at(`${month}-08`, 15),
            },
          ].map((m) => ({ ...m, patientId, therapistId: therapist.id, readAt: m.sentAt })),
        });
      }
      if (c.interactive === 'video' && past(at(`${month}-09`, 16))) {
        await createAppointment(client, {
          patientId,
          therapistId: therapist.id,
          visitTypeId: video.id,
          startsAt: at(`${month}-09`, 15),
          status: 'COMPLETED',
          createdById: therapist.userId,
        });
      }
    }
  }
}
