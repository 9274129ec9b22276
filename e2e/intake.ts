// A new patient answers the intake before their first booking (e2e/find-care.spec.ts does it through
// the page); specs about something else send a clear one (no red flags) through the API.
import { expect, type APIRequestContext } from '@playwright/test';

const NO_RED_FLAGS = {
  'bladder-bowel': false,
  'saddle-numbness': false,
  'leg-weakness': false,
  fever: false,
  'weight-loss': false,
  'major-trauma': false,
  'cancer-history': false,
};

export async function submitClearIntake(request: APIRequestContext): Promise<void> {
  const res = await request.post('/api/intakes', {
    data: {
      reason: 'Low back pain after gardening',
      painAreas: ['low-back'],
      duration: '2-6-weeks',
      aggravators: ['bending'],
      goals: 'Garden without pain',
      redFlags: NO_RED_FLAGS,
      baselinePain: 4,
    },
  });
  expect(res.status(), await res.text()).toBe(201);
}
