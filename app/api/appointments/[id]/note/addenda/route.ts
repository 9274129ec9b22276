import { endpoint } from '@/lib/http';
import { idParams } from '@/lib/booking/schemas';
import { addendumInput, addendumOutput } from '@/lib/notes/schemas';
import { addNoteAddendum } from '@/lib/notes/add-note-addendum';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/appointments/{id}/note/addenda',
    tags: ['Visit notes'],
    auth: ['THERAPIST'],
    errors: ['CONFLICT'],
    summary: "Add a correction or addition to a signed note (the visit's therapist only), recorded with author and time.",
    params: idParams,
    body: addendumInput,
    response: addendumOutput,
    successStatus: 201,
  },
  ({ user, params, body }) => addNoteAddendum(user, params.id, body.text),
);
