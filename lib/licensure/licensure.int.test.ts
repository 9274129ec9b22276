// Telehealth licensure (decision 024): a video visit only with a therapist licensed (or holding a
// compact privilege backed by a home license) in the patient's state on the visit date, on every
// path that offers or takes a time; and the admin routes that manage licenses, per practice.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { call } from '@/tests/support/http';
import { at, patientWithIntake, weekdayAhead, ZONE } from '@/tests/support/scheduling';
import {
  createAdmin,
  createAvailabilityRules,
  createClinic,
  createLicense,
  createPractice,
  createTherapist,
  createVisitType,
} from '@/prisma/factories';
import { GET as listSlots } from '@/app/api/slots/route';
import { POST as book } from '@/app/api/appointments/route';
import { PATCH as reschedule } from '@/app/api/appointments/[id]/route';
import { POST as reassign } from '@/app/api/admin/appointments/[id]/reassign/route';
import { POST as bookSeries } from '@/app/api/appointment-series/route';
import { POST as joinWaitlist } from '@/app/api/waitlist/route';
import { GET as listTherapists } from '@/app/api/therapists/route';
import { GET as listLicenses, POST as addLicense } from '@/app/api/admin/therapists/[id]/licenses/route';
import { DELETE as removeLicense, PATCH as editLicense } from '@/app/api/admin/therapists/[id]/licenses/[licenseId]/route';
import { GET as ownLicenses } from '@/app/api/therapists/me/licenses/route';
import { findUncoveredVisitsFor } from '@/lib/licensure/find-uncovered-visits';

const day = weekdayAhead(1);
const later = weekdayAhead(4);
/** A date `n` days from today (UTC), as the API takes it. */
const isoDaysAhead = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

type TherapistUser = Awaited<ReturnType<typeof createTherapist>>;
let videoTypeId: string;
let adminA: { id: string };
let adminB: { id: string };
let nyTherapist: TherapistUser; // NY license
let coloradan: TherapistUser; // CO license + UT compact privilege
let privilegeOnly: TherapistUser; // NJ compact privilege, no home license
let expiring: TherapistUser; // NY license that ends on `day`
let otherPractice: TherapistUser; // another practice, NY license
let invited: TherapistUser; // NY license and hours, but never set a password

async function videoTherapist(practiceId: string, name: string, password?: null) {
  const user = await createTherapist(db(), { practiceId, name, timezone: ZONE, offersVirtual: true, password });
  await createAvailabilityRules(
    db(),
    user.therapist!.id,
    [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 9 * 60, endMinute: 17 * 60, timezone: ZONE })),
  );
  return user;
}

const slotsFor = async (state: string | null, date = day, therapistId?: string) => {
  const q = new URLSearchParams({
    visitTypeId: videoTypeId,
    from: at(date, '00:00').toISOString(),
    to: at(date, '23:59').toISOString(),
  });
  if (state) q.set('patientState', state);
  if (therapistId) q.set('therapistId', therapistId);
  return call(listSlots, { path: `/api/slots?${q}` });
};
const therapistsIn = (res: { body: { slots: { therapistId: string }[] } }) => new Set(res.body.slots.map((s) => s.therapistId));

const bookVideo = (as: { id: string }, therapist: TherapistUser, start: Date, patientState?: string) =>
  call(book, {
    as,
    json: {
      visitTypeId: videoTypeId,
      therapistId: therapist.therapist!.id,
      start: start.toISOString(),
      ...(patientState ? { patientState } : {}),
    },
  });

beforeAll(async () => {
  const practiceA = await createPractice(db());
  const practiceB = await createPractice(db());
  await createClinic(db(), practiceA.id, { timezone: ZONE });
  videoTypeId = (
    await createVisitType(db(), { modality: 'VIRTUAL', durationMinutes: 60, priceCents: 0, name: 'Virtual initial evaluation' })
  ).id;
  adminA = await createAdmin(db(), { practiceId: practiceA.id });
  adminB = await createAdmin(db(), { practiceId: practiceB.id });
  nyTherapist = await videoTherapist(practiceA.id, 'Maya Chen');
  await createLicense(db(), nyTherapist.therapist!.id, { state: 'NY' });
  coloradan = await videoTherapist(practiceA.id, 'Aiden Nakamura');
  await createLicense(db(), coloradan.therapist!.id, { state: 'CO' });
  await createLicense(db(), coloradan.therapist!.id, { state: 'UT', kind: 'COMPACT_PRIVILEGE' });
  privilegeOnly = await videoTherapist(practiceA.id, 'Pat Privilege');
  await createLicense(db(), privilegeOnly.therapist!.id, { state: 'NJ', kind: 'COMPACT_PRIVILEGE' });
  expiring = await videoTherapist(practiceA.id, 'Eve Expiring');
  await createLicense(db(), expiring.therapist!.id, { state: 'NY', expiresOn: day });
  otherPractice = await videoTherapist(practiceB.id, 'Omar Haddad');
  await createLicense(db(), otherPractice.therapist!.id, { state: 'NY' });
  invited = await videoTherapist(practiceA.id, 'Ivy Invited', null);
  await createLicense(db(), invited.therapist!.id, { state: 'NY' });
});

describe('GET /api/slots for a video visit type', () => {
  it('needs the patient state (400 naming the field)', async () => {
    const res = await slotsFor(null);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'query.patientState' }] });
    expect((await slotsFor('ZZ')).status).toBe(400);
  });

  it('offers only therapists licensed in that state on the date, of any practice, and never an invited one', async () => {
    const ny = await slotsFor('ny');
    expect(ny.status).toBe(200);
    expect(therapistsIn(ny)).toEqual(new Set([nyTherapist.therapist!.id, expiring.therapist!.id, otherPractice.therapist!.id]));
    // After the expiry date, that license offers nothing.
    expect(therapistsIn(await slotsFor('NY', later))).toEqual(new Set([nyTherapist.therapist!.id, otherPractice.therapist!.id]));
  });

  it('honours a compact privilege only with a valid home license', async () => {
    expect(therapistsIn(await slotsFor('UT'))).toEqual(new Set([coloradan.therapist!.id]));
    expect((await slotsFor('NJ')).body.slots).toEqual([]);
    expect((await slotsFor('CA')).body.slots).toEqual([]);
  });

  it('lists only licensed therapists on the booking page (GET /api/therapists)', async () => {
    const res = await call(listTherapists, { path: '/api/therapists?virtual=true&patientState=UT' });
    expect(res.body.therapists.map((t: { id: string }) => t.id)).toEqual([coloradan.therapist!.id]);
    const ny = await call(listTherapists, { path: '/api/therapists?virtual=true&patientState=NY' });
    expect(ny.body.therapists.map((t: { name: string }) => t.name)).not.toContain('Ivy Invited');
  });
});

describe('booking a video visit', () => {
  it('needs the patient state', async () => {
    const p = await patientWithIntake();
    const res = await bookVideo(p, nyTherapist, at(day, '09:00'));
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([{ path: 'body.patientState', message: 'is required for a video visit' }]);
  });

  it('refuses a therapist not licensed in the state with 422 NOT_LICENSED_IN_STATE naming it', async () => {
    const p = await patientWithIntake();
    for (const [therapist, state] of [
      [coloradan, 'NY'],
      [privilegeOnly, 'NJ'],
      [nyTherapist, 'CA'],
    ] as const) {
      const res = await bookVideo(p, therapist, at(day, '09:00'), state);
      expect(res.status).toBe(422);
      expect(res.body.error).toMatchObject({ code: 'NOT_LICENSED_IN_STATE', details: { state } });
    }
    expect(await db().appointment.count({ where: { patientId: p.patient!.id } })).toBe(0);
  });

  it('refuses a date after the license expires, and books up to its last day', async () => {
    const p = await patientWithIntake();
    expect((await bookVideo(p, expiring, at(later, '10:00'), 'NY')).body.error.code).toBe('NOT_LICENSED_IN_STATE');
    const ok = await bookVideo(p, expiring, at(day, '16:00'), 'NY');
    expect(ok.status).toBe(201);
    expect(ok.body.patientState).toBe('NY');
  });

  it('books with a license or a compact privilege and stores the state on the visit', async () => {
    const p = await patientWithIntake();
    const ny = await bookVideo(p, nyTherapist, at(day, '09:00'), 'ny');
    expect(ny.status).toBe(201);
    expect(ny.body).toMatchObject({ modality: 'VIRTUAL', patientState: 'NY' });
    const ut = await bookVideo(p, coloradan, at(day, '11:00'), 'UT');
    expect(ut.status).toBe(201);
    expect((await db().appointment.findUniqueOrThrow({ where: { id: ut.body.id } })).patientState).toBe('UT');
  });

  it('refuses a reschedule past the expiry or to a state the therapist is not licensed in', async () => {
    const p = await patientWithIntake();
    const booked = await bookVideo(p, expiring, at(day, '13:00'), 'NY');
    expect(booked.status).toBe(201);
    const moved = await call(reschedule, {
      as: p,
      method: 'PATCH',
      params: { id: booked.body.id },
      json: { start: at(later, '13:00').toISOString() },
    });
    expect(moved.status).toBe(422);
    expect(moved.body.error.code).toBe('NOT_LICENSED_IN_STATE');
    const elsewhere = await call(reschedule, {
      as: p,
      method: 'PATCH',
      params: { id: booked.body.id },
      json: { start: at(day, '14:00').toISOString(), patientState: 'CA' },
    });
    expect(elsewhere.body.error).toMatchObject({ code: 'NOT_LICENSED_IN_STATE', details: { state: 'CA' } });
    const ok = await call(reschedule, {
      as: p,
      method: 'PATCH',
      params: { id: booked.body.id },
      json: { start: at(day, '14:00').toISOString() },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.patientState).toBe('NY');
  });

  it("refuses to reassign a video visit to an unlicensed colleague; another practice's admin sees 404", async () => {
    const p = await patientWithIntake();
    const booked = await bookVideo(p, nyTherapist, at(later, '15:00'), 'NY');
    expect(booked.status).toBe(201);
    const to = (therapist: TherapistUser, as: { id: string }) =>
      call(reassign, { as, params: { id: booked.body.id }, json: { therapistId: therapist.therapist!.id } });
    const refused = await to(coloradan, adminA);
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: 'NOT_LICENSED_IN_STATE', details: { state: 'NY' } });
    expect((await to(otherPractice, adminB)).status).toBe(404);
    expect((await to(expiring, adminA)).body.error.code).toBe('NOT_LICENSED_IN_STATE'); // expired by then
  });

  it('needs the state for a video series and a video waitlist entry', async () => {
    const p = await patientWithIntake();
    // In the therapist's care (a booked visit with them), so only the missing state is wrong.
    expect((await bookVideo(p, nyTherapist, at(later, '11:00'), 'NY')).status).toBe(201);
    const series = await call(bookSeries, {
      as: nyTherapist,
      json: {
        visitTypeId: videoTypeId,
        therapistId: nyTherapist.therapist!.id,
        patientId: p.patient!.id,
        startDate: day,
        weekdays: [1, 3],
        time: '10:00',
        weeks: 2,
      },
    });
    expect(series.status).toBe(400);
    expect(series.body.error.details).toEqual([{ path: 'body.patientState', message: 'is required for a video visit' }]);
    const waitlist = (json: Record<string, unknown>) =>
      call(joinWaitlist, {
        as: p,
        json: {
          visitTypeId: videoTypeId,
          earliest: at(day, '00:00').toISOString(),
          latest: at(later, '00:00').toISOString(),
          ...json,
        },
      });
    expect((await waitlist({})).status).toBe(400);
    const joined = await waitlist({ patientState: 'NY' });
    expect(joined.status).toBe(201);
    expect((await db().waitlistEntry.findUniqueOrThrow({ where: { id: joined.body.id } })).patientState).toBe('NY');
  });
});

describe('managing licenses', () => {
  const path = (t: TherapistUser) => `/api/admin/therapists/${t.therapist!.id}/licenses`;

  it("lets the practice admin add a license, which then offers the therapist's video times in that state", async () => {
    const params = { id: coloradan.therapist!.id };
    expect(therapistsIn(await slotsFor('NY'))).not.toContain(coloradan.therapist!.id);
    const added = await call(addLicense, {
      as: adminA,
      path: path(coloradan),
      params,
      json: { state: 'ny', number: 'PT-123456', kind: 'LICENSE', expiresOn: isoDaysAhead(400) },
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ state: 'NY', stateName: 'New York', number: 'PT-123456', kind: 'LICENSE' });
    expect(therapistsIn(await slotsFor('NY'))).toContain(coloradan.therapist!.id);
    expect(await db().auditEvent.count({ where: { action: 'therapist.license_add', entityId: added.body.id } })).toBe(1);
  });

  it('refuses a second license of the same state and kind with 409, also when two admins add it at once', async () => {
    const params = { id: coloradan.therapist!.id };
    const json = { state: 'CO', number: 'PT-999', kind: 'LICENSE', expiresOn: isoDaysAhead(300) };
    const again = await call(addLicense, { as: adminA, path: path(coloradan), params, json });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'LICENSE_EXISTS', details: { state: 'CO', kind: 'LICENSE' } });
    const race = { state: 'AZ', number: 'PT-AZ-1', kind: 'LICENSE', expiresOn: isoDaysAhead(300) };
    const both = await Promise.all([0, 1].map(() => call(addLicense, { as: adminA, path: path(coloradan), params, json: race })));
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await db().therapistLicense.count({ where: { therapistId: coloradan.therapist!.id, state: 'AZ' } })).toBe(1);
  });

  it('lets the practice admin renew or correct a license; moving it onto one held already is 409', async () => {
    const t = coloradan.therapist!.id;
    const utah = await db().therapistLicense.findFirstOrThrow({ where: { therapistId: t, state: 'UT' } });
    const edit = (json: object, licenseId = utah.id, as = adminA) =>
      call(editLicense, { as, method: 'PATCH', path: `${path(coloradan)}/${licenseId}`, params: { id: t, licenseId }, json });
    const renewed = await edit({ number: 'PTC-UT-77', expiresOn: isoDaysAhead(700) });
    expect(renewed.status).toBe(200);
    expect(renewed.body).toMatchObject({ id: utah.id, state: 'UT', number: 'PTC-UT-77', expiresOn: isoDaysAhead(700) });
    expect(await db().auditEvent.count({ where: { action: 'therapist.license_update', entityId: utah.id } })).toBe(1);
    const clash = await edit({ state: 'CO', kind: 'LICENSE' });
    expect(clash.status).toBe(409);
    expect(clash.body.error).toMatchObject({ code: 'LICENSE_EXISTS', details: { state: 'CO', kind: 'LICENSE' } });
    expect((await edit({})).status).toBe(400);
    expect((await edit({ expiresOn: '2999-01-01' })).status).toBe(400);
    // Another practice's admin, and a license of another therapist through this one's path: 404.
    expect((await edit({ number: 'X' }, utah.id, adminB)).status).toBe(404);
    const theirs = await db().therapistLicense.findFirstOrThrow({ where: { therapistId: otherPractice.therapist!.id } });
    expect((await edit({ number: 'X' }, theirs.id)).status).toBe(404);
    expect((await db().therapistLicense.findUniqueOrThrow({ where: { id: theirs.id } })).number).not.toBe('X');
  });

  it('refuses hostile or wrong input with 400', async () => {
    const params = { id: coloradan.therapist!.id };
    const expiresOn = isoDaysAhead(365);
    for (const json of [
      { state: 'XX', number: '1', kind: 'LICENSE', expiresOn },
      { state: 'N\u0000Y', number: '1', kind: 'LICENSE', expiresOn },
      { state: 'NY', number: '', kind: 'LICENSE', expiresOn },
      { state: 'NY', number: '1', kind: 'PERMIT', expiresOn },
      { state: 'NY', number: '1', kind: 'LICENSE', expiresOn: '2029-02-30' },
      { state: 'NY', number: '1', kind: 'LICENSE', expiresOn: '9999-12-31' },
      { state: 'NY', number: '1', kind: 'LICENSE', expiresOn: '1900-01-01' },
      { state: 'NY', number: 'a\u0000b', kind: 'LICENSE', expiresOn },
      { state: 'NY', number: 'PT\u001b[31m', kind: 'LICENSE', expiresOn },
      { state: 'NY', number: '1', kind: 'LICENSE', expiresOn, therapistId: otherPractice.therapist!.id },
    ]) {
      const res = await call(addLicense, { as: adminA, path: path(coloradan), params, json });
      expect(res.status, JSON.stringify(json)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
  });

  it("hides another practice's therapists (404) and refuses patients and therapists (403)", async () => {
    const params = { id: otherPractice.therapist!.id };
    expect((await call(listLicenses, { as: adminA, path: path(otherPractice), params })).status).toBe(404);
    const json = { state: 'CA', number: 'X1', kind: 'LICENSE', expiresOn: isoDaysAhead(365) };
    expect((await call(addLicense, { as: adminA, path: path(otherPractice), params, json })).status).toBe(404);
    const theirs = await db().therapistLicense.findFirstOrThrow({ where: { therapistId: otherPractice.therapist!.id } });
    const del = await call(removeLicense, {
      as: adminA,
      method: 'DELETE',
      params: { id: otherPractice.therapist!.id, licenseId: theirs.id },
    });
    expect(del.status).toBe(404);
    // A license id of another therapist through one's own therapist's path is not found either.
    expect(
      (
        await call(removeLicense, {
          as: adminA,
          method: 'DELETE',
          params: { id: nyTherapist.therapist!.id, licenseId: theirs.id },
        })
      ).status,
    ).toBe(404);
    expect(await db().therapistLicense.count({ where: { id: theirs.id } })).toBe(1);
    const patient = await patientWithIntake();
    expect((await call(listLicenses, { as: patient, params })).status).toBe(403);
    expect((await call(addLicense, { as: otherPractice, params, json })).status).toBe(403);
    expect((await call(listLicenses, { params })).status).toBe(401);
    expect((await call(ownLicenses, { as: patient })).status).toBe(403);
  });

  it('shows the booked video visits a removed or expiring license no longer covers, to admin and therapist', async () => {
    const p = await patientWithIntake();
    const t = await videoTherapist(
      (await db().therapist.findUniqueOrThrow({ where: { id: nyTherapist.therapist!.id } })).practiceId,
      'Rita Removed',
    );
    const license = await createLicense(db(), t.therapist!.id, { state: 'NY' });
    const booked = await bookVideo(p, t, at(later, '09:00'), 'NY');
    expect(booked.status).toBe(201);
    const before = await call(ownLicenses, { as: t });
    expect(before.body).toMatchObject({ licenses: [{ state: 'NY' }], uncoveredVisits: [] });
    const removed = await call(removeLicense, {
      as: adminA,
      method: 'DELETE',
      params: { id: t.therapist!.id, licenseId: license.id },
    });
    expect(removed.status).toBe(200);
    const after = await call(listLicenses, { as: adminA, params: { id: t.therapist!.id } });
    expect(after.body.licenses).toEqual([]);
    expect(after.body.uncoveredVisits).toEqual([
      expect.objectContaining({ appointmentId: booked.body.id, patientState: 'NY', therapistName: 'Rita Removed' }),
    ]);
    expect((await call(ownLicenses, { as: t })).body.uncoveredVisits).toHaveLength(1);
    // The visit stays booked: nobody is dropped silently.
    expect((await db().appointment.findUniqueOrThrow({ where: { id: booked.body.id } })).status).toBe('BOOKED');
  });
  it("shows on the admin's and the therapist's dashboards a visit booked after the date an edit moves the expiry to", async () => {
    const p = await patientWithIntake();
    const practiceId = (await db().therapist.findUniqueOrThrow({ where: { id: nyTherapist.therapist!.id } })).practiceId;
    const t = await videoTherapist(practiceId, 'Nora Renewal');
    const license = await createLicense(db(), t.therapist!.id, { state: 'NY' });
    const booked = await bookVideo(p, t, at(later, '10:00'), 'NY');
    expect(booked.status).toBe(201);
    // What LicenseAlert shows on /admin and /therapist, for each of these users.
    const onDashboards = () =>
      Promise.all(
        [adminA, t, adminB].map(async ({ id }) => {
          const user = await db().user.findUniqueOrThrow({ where: { id }, select: { id: true, role: true, practiceId: true } });
          return (await findUncoveredVisitsFor(user)).map((v) => v.appointmentId);
        }),
      );
    expect((await onDashboards()).map((ids) => ids.includes(booked.body.id))).toEqual([false, false, false]);
    const shortened = await call(editLicense, {
      as: adminA,
      method: 'PATCH',
      params: { id: t.therapist!.id, licenseId: license.id },
      json: { expiresOn: day },
    });
    expect(shortened.status).toBe(200);
    const [admin, therapist, otherAdmin] = await onDashboards();
    expect(admin).toContain(booked.body.id);
    expect(therapist).toEqual([booked.body.id]);
    expect(otherAdmin).not.toContain(booked.body.id);
  });
});
