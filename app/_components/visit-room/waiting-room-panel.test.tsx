// The therapist sees a patient who connects without the subscribe grant as waiting, with Admit,
// from the room's own events, without waiting for the server's list. LiveKit announces a new
// participant (ParticipantConnected) before it has read their permissions, and reads them right
// after (ParticipantPermissionsChanged): the panel must take the patient from the second event.
import { EventEmitter } from 'node:events';
import { act, render, screen } from '@testing-library/react';
import { RoomEvent } from 'livekit-client';
import { beforeEach, expect, test, vi } from 'vitest';

const room = new EventEmitter();
const calls: string[] = [];
vi.mock('@livekit/components-react', () => ({ useRoomContext: () => room }));
vi.mock('@/app/_components/api-client', () => ({
  api: (route: string) => {
    calls.push(route);
    return Promise.resolve({ ok: true, status: 200, data: { participants: [] } });
  },
}));

const { WaitingRoomPanel } = await import('./waiting-room-panel');

beforeEach(() => {
  calls.length = 0;
  room.removeAllListeners();
});

function patient() {
  return {
    identity: 'patient-1',
    name: 'Pat Doe',
    isLocal: false,
    joinedAt: new Date('2026-12-05T21:00:00Z'),
    permissions: undefined as undefined | { canSubscribe: boolean; canPublish: boolean },
  };
}

test('a patient arriving without the subscribe grant gets an Admit button from the room events alone', async () => {
  render(<WaitingRoomPanel appointmentId="a-1" />);
  await screen.findByText('Nobody is waiting.');
  expect(calls).toEqual(['GET /api/appointments/{id}/video-participants']);

  const p = patient();
  act(() => {
    // As livekit-client 2.x does it: connected first (permissions not read yet), then the permissions.
    room.emit(RoomEvent.ParticipantConnected, p);
    p.permissions = { canSubscribe: false, canPublish: false };
    room.emit(RoomEvent.ParticipantPermissionsChanged, undefined, p);
  });

  expect(await screen.findByRole('button', { name: 'Admit Pat Doe' })).toBeTruthy();
  // Shown from the events: the list was not asked again (that GET would race the Admit).
  expect(calls).toEqual(['GET /api/appointments/{id}/video-participants']);
});

test('a participant whose permissions now allow subscribing leaves the waiting list and the list is asked again', async () => {
  render(<WaitingRoomPanel appointmentId="a-1" />);
  await screen.findByText('Nobody is waiting.');
  const p = patient();
  act(() => {
    room.emit(RoomEvent.ParticipantConnected, p);
    p.permissions = { canSubscribe: false, canPublish: false };
    room.emit(RoomEvent.ParticipantPermissionsChanged, undefined, p);
  });
  await screen.findByRole('button', { name: 'Admit Pat Doe' });

  await act(async () => {
    p.permissions = { canSubscribe: true, canPublish: true };
    room.emit(RoomEvent.ParticipantPermissionsChanged, { canSubscribe: false, canPublish: false }, p);
  });
  expect(await screen.findByText('Nobody is waiting.')).toBeTruthy();
  expect(calls).toHaveLength(2);
});
