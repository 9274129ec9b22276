import { endpoint } from '@/lib/http';
import { planRemindersInput, planRemindersOutput } from '@/lib/plan-reminders/schemas';
import { getPlanReminders } from '@/lib/plan-reminders/get-plan-reminders';
import { savePlanReminders } from '@/lib/plan-reminders/save-plan-reminders';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/me/plan-reminders',
    tags: ['Plans'],
    auth: ['PATIENT'],
    summary:
      'Your exercise reminders: for each time of day (morning, midday, evening, before bed), whether you get an email and at what time in your zone, and when the next one goes out. Times your plan uses are listed in plannedTimes.',
    response: planRemindersOutput,
  },
  ({ user }) => getPlanReminders(user),
);

export const PUT = endpoint(
  {
    method: 'PUT',
    path: '/api/me/plan-reminders',
    tags: ['Plans'],
    auth: ['PATIENT'],
    summary:
      'Turn exercise reminders on or off and set their times (HH:MM, your zone), per time of day; the times not sent are left as they are. ' +
      'Each goes out at most once a local day while a plan is open: a time skipped by a spring-forward change goes out when the clocks jump, a repeated one at its first occurrence.',
    body: planRemindersInput,
    response: planRemindersOutput,
  },
  ({ user, body }) => savePlanReminders(user, body),
);
