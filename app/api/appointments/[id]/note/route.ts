import { endpoint } from '@/lib/http';
import { idParams } from '@/lib/booking/schemas';
import { noteDraftInput, noteOutput } from '@/lib/notes/schemas';
import { findVisitNoteOrThrow } from '@/lib/notes/find-visit-note';
import { saveVisitNoteDraft } from '@/lib/notes/save-visit-note-draft';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/appointments/{id}/note',
    tags: ['Visit notes'],
    auth: ['THERAPIST', 'ADMIN', 'PATIENT'],
    errors: ['FORBIDDEN'],
    summary:
      'The SOAP note of a visit with its addenda: for its therapist and admins of its practice; for its patient ' +
      'once signed (404 for a draft or anyone else). Every read is audited.',
    params: idParams,
    response: noteOutput,
  },
  ({ user, params }) => findVisitNoteOrThrow(user, params.id),
);

export const PUT = endpoint(
  {
    method: 'PUT',
    path: '/api/appointments/{id}/note',
    tags: ['Visit notes'],
    auth: ['THERAPIST'],
    errors: ['CONFLICT'],
    summary:
      "Save the draft SOAP note (the visit's therapist only). Send expectedUpdatedAt of the version you edited " +
      '(omit it for the first save); 409 when the note changed meanwhile or is signed.',
    params: idParams,
    body: noteDraftInput,
    maxBodyBytes: 256 * 1024,
    response: noteOutput,
  },
  ({ user, params, body }) => saveVisitNoteDraft(user, params.id, body),
);
