import { endpoint } from '@/lib/http';
import { messageParams } from '@/lib/messaging/schemas';
import { loadAttachment } from '@/lib/messaging/load-attachment';
import { USER_CONTENT_POLICY } from '@/lib/security-headers';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/messages/{id}/attachment',
    tags: ['Messaging'],
    auth: ['PATIENT', 'THERAPIST', 'ADMIN'],
    errors: ['NOT_FOUND'],
    media: 'image/*',
    summary:
      'The image attached to a message, for whoever may read its conversation (404 otherwise). Served with the ' +
      'type read from its bytes, never sniffed by the browser, never cached.',
    params: messageParams,
  },
  async ({ user, params }) => {
    const { type, bytes } = await loadAttachment(user, params.id);
    return new Response(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), {
      headers: {
        'Content-Type': type,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
        'Content-Security-Policy': USER_CONTENT_POLICY,
        'Content-Disposition': 'inline',
      },
    });
  },
);
