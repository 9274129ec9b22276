// A patient's last 28 days of sleep check-ins and the night-pain trend: for the patient themselves
// and for staff in their care (decision 013; 404 otherwise, so existence is not revealed). A
// staff read is recorded as a PHI read.
import { db } from '../db';
import type { SessionUser } from '../auth/roles';
import { recordPhiRead } from '../audit/record-phi-read';
import { assertMayReadPatient, readerPracticeId } from '../care/care-relationship';
import { addDays, dbDate, todayIn } from '../plans/calendar';
import { nightPainTrend } from './night-pain-trend';
import type { SleepTrend } from './schemas';
import { sleepCheckInSelect, toSleepCheckInView } from './sleep-check-in-view';

export const SLEEP_TREND_DAYS = 28;

export async function loadSleepTrend(user: SessionUser, patientId: string, now = new Date()): Promise<SleepTrend> {
  await assertMayReadPatient(user, patientId);
  const patient = await db().patient.findUniqueOrThrow({ where: { id: patientId }, select: { timezone: true } });
  const today = todayIn(patient.timezone, now);
  const rows = await db().sleepCheckIn.findMany({
    where: { patientId, checkedOn: { gte: dbDate(addDays(today, -(SLEEP_TREND_DAYS - 1))), lte: dbDate(today) } },
    orderBy: { checkedOn: 'asc' },
    select: sleepCheckInSelect,
  });
  await recordPhiRead(user, {
    action: 'sleep.read',
    entityType: 'Patient',
    entityId: patientId,
    patientIds: [patientId],
    practiceId: await readerPracticeId(user),
  });
  const checkIns = rows.map(toSleepCheckInView);
  const trend = nightPainTrend(checkIns, today);
  return { patientId, today, checkIns, thisWeek: trend.thisWeek, weekBefore: trend.weekBefore, nightPainWorse: trend.worse };
}
