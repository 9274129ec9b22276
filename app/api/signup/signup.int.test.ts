import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { call } from '@/tests/support/http';
import { POST } from './route';

const valid = {
  name: 'Robin Reyes',
  email: 'Robin.Reyes@Example.test',
  password: 'correct-horse-battery',
  dateOfBirth: '1988-09-12',
  phone: '(555) 010-2030',
  timezone: 'America/Denver',
};
const signUp = (json: unknown, ip = '198.51.100.1') => call(POST, { json, path: '/api/signup', from: ip });

describe('POST /api/signup', () => {
  it('creates a patient account with a hashed password, a profile and an audit record', async () => {
    const res = await signUp(valid);
    expect(res.status).toBe(201);
    const user = await db().user.findUniqueOrThrow({ where: { id: res.body.id }, include: { patient: true } });
    expect(user.email).toBe('robin.reyes@example.test');
    expect(user.role).toBe('PATIENT');
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.patient?.dateOfBirth.toISOString().slice(0, 10)).toBe('1988-09-12');
    expect(user.patient?.timezone).toBe('America/Denver');
    expect(await db().auditEvent.count({ where: { action: 'account.sign_up', entityId: user.id } })).toBe(1);
    expect(JSON.stringify(res.body)).not.toContain('argon2');
  });

  it('refuses a second account for the same email, whatever its case, without touching the first', async () => {
    const res = await signUp({ ...valid, email: 'ROBIN.REYES@example.test', name: 'Impostor' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('EMAIL_TAKEN');
    expect(await db().user.count({ where: { name: 'Impostor' } })).toBe(0);
  });

  it('explains every invalid field and writes nothing', async () => {
    const before = await db().user.count();
    const res = await signUp({ name: '', email: 'not-an-email', password: 'short', dateOfBirth: 19880912 });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    const paths = res.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['body.name', 'body.email', 'body.password', 'body.dateOfBirth']));
    expect(await db().user.count()).toBe(before);
  });

  it('refuses common and personal passwords, saying why beside the field, and writes nothing', async () => {
    const before = await db().user.count();
    for (const password of ['aaaaaaaaaa', 'password12', 'sam.weaver@example.test', 'samweaver1', 'qwertyuiop']) {
      const res = await signUp({ ...valid, name: 'Sam Weaver', email: 'sam.weaver@example.test', password }, '198.51.100.40');
      expect(res.status, password).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      const detail = res.body.error.details.find((d: { path: string }) => d.path === 'body.password');
      expect(detail.message, password).toMatch(/^is too easy to guess\. \S.+/);
    }
    expect(await db().user.count()).toBe(before);
    const personal = await signUp(
      { ...valid, name: 'Sam Weaver', email: 'sam.weaver@example.test', password: 'sam.weaver@example.test' },
      '198.51.100.40',
    );
    expect(personal.body.error.message).toContain('It contains your name or email address.');
    expect(
      (
        await signUp(
          { ...valid, name: 'Sam Weaver', email: 'sam.weaver@example.test', password: 'velvet-lantern-orbit' },
          '198.51.100.40',
        )
      ).status,
    ).toBe(201);
  });

  it('refuses an unknown time zone', async () => {
    const res = await signUp({ ...valid, email: 'tz@example.test', timezone: 'Mars/Olympus' });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('body.timezone');
  });

  it('rejects impossible and too-young birth dates', async () => {
    expect((await signUp({ ...valid, email: 'a1@example.test', dateOfBirth: '1990-02-30' })).status).toBe(400);
    const child = await signUp({ ...valid, email: 'a2@example.test', dateOfBirth: new Date().toISOString().slice(0, 10) });
    expect(child.status).toBe(422);
    expect(child.body.error.code).toBe('RULE_VIOLATION');
  });

  it('answers 429 once one address has tried too many sign-ups in an hour', async () => {
    const ip = '203.0.113.99';
    let last = 0;
    for (let i = 0; i < 21; i++) last = (await signUp({ ...valid, email: `burst${i}@example.test` }, ip)).status;
    expect(last).toBe(429);
    expect(await db().user.count({ where: { email: 'burst20@example.test' } })).toBe(0);
    // Another address is not affected.
    expect((await signUp({ ...valid, email: 'calm@example.test' }, '203.0.113.100')).status).toBe(201);
  });

  it('gives no fresh bucket and no false audited address to a caller who rotates X-Forwarded-For', async () => {
    const from = '198.51.100.66';
    const answers = [];
    for (let i = 0; i < 21; i++) {
      answers.push(
        await call(POST, {
          json: { ...valid, email: `rotating${i}@example.test` },
          path: '/api/signup',
          from,
          headers: { 'x-forwarded-for': `203.0.113.${i + 1}` },
        }),
      );
    }
    expect(answers.map((a) => a.status)).toEqual([...Array(20).fill(201), 429]);
    const audited = await db().auditEvent.findMany({
      where: { action: 'account.sign_up', entityId: { in: answers.slice(0, 20).map((a) => a.body.id as string) } },
    });
    expect(audited).toHaveLength(20);
    expect(new Set(audited.map((a) => a.ip))).toEqual(new Set([from]));
  });
});
