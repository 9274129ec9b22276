import { endpoint } from '@/lib/http';
import { videoTokenOutput } from '@/lib/video/schemas';
import { createDeviceTestToken } from '@/lib/video/create-device-test-token';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/video/device-test-token',
    tags: ['Video'],
    auth: ['PATIENT', 'THERAPIST'],
    errors: ['RATE_LIMITED', 'VIDEO_NOT_CONFIGURED'],
    summary:
      "A five-minute LiveKit token for the device test, any day: a room of one's own (`device-test-<user id>`, never an " +
      'appointment) that may only be joined (no publishing, subscribing or data), to check that the browser reaches the ' +
      'video server. 20 per 10 minutes per person.',
    response: videoTokenOutput,
  },
  ({ user }) => createDeviceTestToken(user),
);
