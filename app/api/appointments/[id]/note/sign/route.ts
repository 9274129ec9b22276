import { endpoint } from '@/lib/http';
import { idParams } from '@/lib/booking/schemas';
import { noteOutput, signNoteInput } from '@/lib/notes/schemas';
import { signVisitNote } from '@/lib/notes/sign-visit-note';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/appointments/{id}/note/sign',
    tags: ['Visit notes'],
    auth: ['THERAPIST'],
    errors: ['CONFLICT', 'RULE_VIOLATION'],
    summary:
      "Sign the draft note (the visit's therapist only), naming the version read (expectedUpdatedAt). " +
      'A signed note never changes again; corrections are addenda.',
    params: idParams,
    body: signNoteInput,
    response: noteOutput,
  },
  ({ user, params, body }) => signVisitNote(user, params.id, body.expectedUpdatedAt),
);
