// The database, not the application, is what keeps two people out of one time.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { call } from '@/tests/support/http';
import { at, buildClinic, weekdayAhead, patientWithIntake } from '@/tests/support/scheduling';
import { POST as book } from '@/app/api/appointments/route';

let w: Awaited<ReturnType<typeof buildClinic>>;
beforeAll(async () => {
  w = await buildClinic();
});

describe('one slot, many patients at once', () => {
  it('50 concurrent bookings give exactly one 201 and 49 × 409, and one row', async () => {
    const start = at(weekdayAhead(0), '11:00');
    const patients = await Promise.all(Array.from({ length: 50 }, () => patientWithIntake()));
    const results = await Promise.all(
      patients.map((p, i) =>
        call(book, {
          as: p,
          json: { visitTypeId: w.visitType.id, therapistId: w.therapist.id, start: start.toISOString() },
          headers: { 'idempotency-key': `concurrent-${i}-key` },
        }),
      ),
    );
    // Tallied by status and error code, so a failure shows what the other 49 got.
    const tally: Record<string, number> = {};
    for (const r of results) {
      const key = r.status === 201 ? '201' : `${r.status} ${r.body?.error?.code}`;
      tally[key] = (tally[key] ?? 0) + 1;
    }
    expect(tally).toEqual({ '201': 1, '409 SLOT_TAKEN': 49 });
    expect(
      await db().appointment.count({
        where: { therapistId: w.therapist.id, startsAt: start, status: { in: ['HELD', 'BOOKED'] } },
      }),
    ).toBe(1);
  });
});

describe('the exclusion constraint itself', () => {
  it('rejects a direct SQL insert that overlaps an active appointment (buffers included), allows touching and cancelled', async () => {
    const d = weekdayAhead(2);
    const insert = (patientId: string, from: string, to: string, blockTo: string, status = 'BOOKED') =>
      db().$executeRawUnsafe(
        `INSERT INTO appointments (id, patient_id, therapist_id, visit_type_id, modality, clinic_id, starts_at, ends_at,
         block_starts_at, block_ends_at, status, price_cents, currency, created_by_id, updated_at)
       VALUES (gen_random_uuid()::text, $1, $2, $3, 'IN_CLINIC', $4, $5, $6, $5, $7, $8::"AppointmentStatus", 0, 'usd', 'sql', now())`,
        patientId,
        w.therapist.id,
        w.visitType.id,
        w.clinic.id,
        at(d, from),
        at(d, to),
        at(d, blockTo),
        status,
      );
    const a = await patientWithIntake();
    const b = await patientWithIntake();
    await insert(a.patient!.id, '09:00', '10:00', '10:15');
    await expect(insert(b.patient!.id, '10:00', '11:00', '11:15')).rejects.toThrow(
      /appointments_therapist_no_overlap|23P01|exclusion/,
    );
    await insert(b.patient!.id, '10:15', '11:15', '11:30'); // touching the buffer's end is fine
    await insert(b.patient!.id, '09:00', '10:00', '10:00', 'CANCELLED'); // cancelled rows block nothing
  });
});
