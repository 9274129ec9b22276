// The one-clinic signature of rehabit_slot_schedules (migration 20261206032000) is what a node
// still running older code calls during a rolling deploy: it must answer as the list version does.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { buildClinic } from '@/tests/support/scheduling';
import { schedulesQuery } from './load-schedules';

describe('rehabit_slot_schedules, one-clinic signature', () => {
  it('answers as the list version given a list of one, and as no clinic given NULL', async () => {
    const w = await buildClinic();
    const from = new Date();
    const to = new Date(from.getTime() + 7 * 86_400_000);
    const list = (clinicId: string | null) =>
      db().$queryRaw<{ data: { schedules: { therapistId: string }[] } }[]>(
        schedulesQuery({ visitTypeId: w.visitType.id, from, to, clinicId }),
      );
    const single = (clinicId: string | null) => {
      // The statement the code before the list version sent: the same parameters, the clinic as text.
      const sql = schedulesQuery({ visitTypeId: w.visitType.id, from, to, clinicId: null });
      const values = [...sql.values];
      values[6] = clinicId;
      const text = sql.text.replace(/\$7::text\[\]/, '$7::text');
      return db().$queryRawUnsafe<{ data: { schedules: { therapistId: string }[] } }[]>(text, ...values);
    };
    const [byList] = await list(w.clinic.id);
    const [bySingle] = await single(w.clinic.id);
    expect(byList!.data.schedules.map((s) => s.therapistId).sort()).toEqual([w.therapist.id, w.otherTherapist.id].sort());
    expect(bySingle!.data).toEqual(byList!.data);
    const [allList] = await list(null);
    const [allSingle] = await single(null);
    expect(allSingle!.data).toEqual(allList!.data);
  });
});
