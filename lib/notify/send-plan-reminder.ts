// "Your before-bed exercises are ready": the plan reminder email (decision 030). No health content
// (no exercise names, no condition): the time of day, a link to the dashboard, and where to change
// or turn off the reminder.
import { env } from '../env';
import type { TimeOfDayValue } from '../plans/schemas';
import { sendMail } from './mailer';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const REMINDER_WORDS: Record<TimeOfDayValue, string> = {
  MORNING: 'morning',
  MIDDAY: 'midday',
  EVENING: 'evening',
  BEFORE_BED: 'before-bed',
};

export interface PlanReminderMail {
  to: string;
  name: string;
  timeOfDay: TimeOfDayValue;
}

export async function sendPlanReminderEmail(m: PlanReminderMail): Promise<void> {
  const dashboard = `${env().NEXTAUTH_URL}/patient`;
  const settings = `${env().NEXTAUTH_URL}/patient/reminders`;
  const subject = `Your ${REMINDER_WORDS[m.timeOfDay]} exercises are ready`;
  await sendMail({
    to: m.to,
    subject,
    text:
      `Hello ${m.name},\n\n${subject}: ${dashboard}\n\n` +
      `You asked for this reminder. To change its time or turn it off: ${settings}\n`,
    html:
      `<p>Hello ${escape(m.name)},</p><p>${escape(subject)}: <a href="${escape(dashboard)}">open your dashboard</a>.</p>` +
      `<p>You asked for this reminder. <a href="${escape(settings)}">Change its time or turn it off</a>.</p>`,
  });
}
