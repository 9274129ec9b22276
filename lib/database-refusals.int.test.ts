// What Postgres refuses reaches the caller as 400 VALIDATION_FAILED, never as a 500: each case
// here is a real write the database turns down (a CHECK constraint, a value out of a column's
// range, a NUL byte, NOT NULL), mapped by toAppError.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { toAppError } from '@/lib/http-errors';
import { expectConsoleError } from '@/tests/support/console';
import { buildClinic } from '@/tests/support/scheduling';

let w: Awaited<ReturnType<typeof buildClinic>>;
beforeAll(async () => {
  w = await buildClinic();
});

async function refusal(write: () => Promise<unknown>) {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  try {
    const err = await write().then(
      () => null,
      (e: unknown) => e,
    );
    expect(err, 'the database should have refused this write').not.toBeNull();
    return toAppError(err, 'test');
  } finally {
    warn.mockRestore();
  }
}

describe('a value the database refuses', () => {
  it.each([
    [
      'a CHECK constraint (duration over 8 hours)',
      () => db().visitType.update({ where: { id: w.visitType.id }, data: { durationMinutes: 1000 } }),
    ],
    [
      'a CHECK constraint (ZIP code not five digits)',
      () => db().clinic.update({ where: { id: w.clinic.id }, data: { zip: '1234x' } }),
    ],
    [
      'a CHECK constraint (latitude beyond the pole)',
      () => db().clinic.update({ where: { id: w.clinic.id }, data: { latitude: 91 } }),
    ],
    ['a NUL byte in text', () => db().clinic.update({ where: { id: w.clinic.id }, data: { name: 'Harbor\u0000PT' } })],
    [
      'a raw CHECK violation',
      () => db().$executeRawUnsafe(`UPDATE visit_types SET price_cents = -1 WHERE id = '${w.visitType.id}'`),
    ],
  ])('%s is 400 VALIDATION_FAILED', async (_name, write) => {
    const err = await refusal(write);
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.status).toBe(400);
  });

  it('leaves nothing written', async () => {
    const visitType = await db().visitType.findUniqueOrThrow({ where: { id: w.visitType.id } });
    const clinic = await db().clinic.findUniqueOrThrow({ where: { id: w.clinic.id } });
    expect(visitType.durationMinutes).toBe(60);
    expect(visitType.priceCents).toBe(0);
    expect(clinic.zip).toMatch(/^\d{5}$/);
    expect(clinic.name).not.toContain('\u0000');
  });

  it('still answers a unique violation as 409 CONFLICT and an unknown error as a logged 500', async () => {
    const conflict = await refusal(() =>
      db().visitType.create({ data: { ...w.visitType, id: undefined, practiceId: undefined } as never }),
    );
    expect(conflict.code).toBe('CONFLICT');
    expectConsoleError(1);
    const unknown = await refusal(() => Promise.reject(new Error('boom')));
    expect(unknown.code).toBe('INTERNAL');
  });
});
