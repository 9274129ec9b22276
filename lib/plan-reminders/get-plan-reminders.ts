// The patient's own reminder choices, one per time of day, with the default time for any never
// chosen (decision 030). Only a patient has them; nobody reads another's.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { todayIn } from '../plans/calendar';
import { TIMES_OF_DAY } from '../plans/schemas';
import { clockOfMinute, DEFAULT_REMINDER_MINUTES } from './next-reminder';
import { planDayState } from './plan-state';
import type { PlanRemindersView } from './schemas';

export async function ownPatient(user: SessionUser): Promise<{ id: string; timezone: string }> {
  const patient = await db().patient.findUnique({ where: { userId: user.id }, select: { id: true, timezone: true } });
  if (!patient) throw new AppError('FORBIDDEN', 'Only patients have exercise reminders.');
  return patient;
}

export async function getPlanReminders(user: SessionUser, now = new Date()): Promise<PlanRemindersView> {
  const patient = await ownPatient(user);
  const [rows, state] = await Promise.all([
    db().planReminder.findMany({ where: { patientId: patient.id } }),
    planDayState(db(), patient.id, todayIn(patient.timezone, now)),
  ]);
  return {
    timezone: patient.timezone,
    plannedTimes: state.currentTimes,
    reminders: TIMES_OF_DAY.map((timeOfDay) => {
      const row = rows.find((r) => r.timeOfDay === timeOfDay);
      return {
        timeOfDay,
        enabled: row?.enabled ?? false,
        time: clockOfMinute(row?.minuteOfDay ?? DEFAULT_REMINDER_MINUTES[timeOfDay]),
        nextAt: row?.enabled && row.scheduledFor ? row.scheduledFor.toISOString() : null,
      };
    }),
  };
}
