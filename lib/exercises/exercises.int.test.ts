import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { ILLUSTRATIONS } from '@/lib/exercises/illustrations';
import { call, type Caller } from '@/tests/support/http';
import { createAdmin, createPatient, createPractice, createTherapist, installStarterLibrary } from '@/prisma/factories';
import { STARTER_EXERCISES } from '@/prisma/exercise-library';
import { GET as list, POST as create } from '@/app/api/exercises/route';
import { GET as getOne, PATCH as update } from '@/app/api/exercises/[id]/route';

let maya: Caller;
let omar: Caller;
let networkAdmin: Caller;
let practiceAdmin: Caller;
let patient: Caller;
let lib: Map<string, string>;

const newExercise = (over: Record<string, unknown> = {}) => ({
  name: 'Towel roll lumbar support',
  purpose: 'Keeps the lower back curve while sitting.',
  steps: ['Roll a towel.', 'Place it at belt height behind you.', 'Sit back against it.'],
  cautions: 'Remove it if it increases leg pain.',
  region: 'LOWER_BACK',
  category: 'STABILIZATION',
  conditions: ['DISC_HERNIATION'],
  illustration: 'abdominal-bracing.svg',
  defaultDosage: { sets: 1, reps: null, holdSeconds: null, minutes: 30, timesPerDay: 3, daysPerWeek: 7 },
  ...over,
});

const names = (res: { body: { exercises: { name: string }[] } }) => res.body.exercises.map((e) => e.name);

beforeAll(async () => {
  lib = await installStarterLibrary(db());
  const harbor = await createPractice(db());
  const summit = await createPractice(db());
  maya = await createTherapist(db(), { practiceId: harbor.id, name: 'Maya Chen' });
  omar = await createTherapist(db(), { practiceId: summit.id, name: 'Omar Haddad' });
  networkAdmin = await createAdmin(db());
  practiceAdmin = await createAdmin(db(), { practiceId: harbor.id });
  patient = await createPatient(db());
});

describe('the starter library', () => {
  it('has at least 25 exercises, each with steps, a purpose, cautions, dosage, conditions and a drawing in public/exercises', async () => {
    expect(STARTER_EXERCISES.length).toBeGreaterThanOrEqual(25);
    const res = await call(list, { as: maya });
    expect(res.status).toBe(200);
    expect(res.body.exercises).toHaveLength(STARTER_EXERCISES.length);
    for (const e of res.body.exercises) {
      expect(e.steps.length, e.name).toBeGreaterThanOrEqual(3);
      expect(e.purpose.length, e.name).toBeGreaterThan(20);
      expect(e.cautions.length, e.name).toBeGreaterThan(20);
      expect(e.conditions.length, e.name).toBeGreaterThan(0);
      expect(ILLUSTRATIONS, e.name).toContain(e.illustration);
      const file = path.join(process.cwd(), 'public', e.illustrationUrl);
      expect(fs.existsSync(file), file).toBe(true);
      expect(fs.readFileSync(file, 'utf8')).toMatch(/^<svg [^>]*role="img"[\s\S]*<title>[^<]+<\/title>/);
    }
    for (const condition of ['SCIATICA', 'STRAIN_SPRAIN', 'LUMBAR_OSTEOARTHRITIS', 'DISC_HERNIATION']) {
      expect(
        res.body.exercises.filter((e: { conditions: string[] }) => e.conditions.includes(condition)).length,
        condition,
      ).toBeGreaterThanOrEqual(8);
    }
  });

  it('filters by condition, region and category, and searches names and purposes', async () => {
    const sciatica = await call(list, { as: maya, path: '/api/exercises?condition=SCIATICA' });
    expect(names(sciatica)).toEqual(
      expect.arrayContaining(['Sciatic nerve glide (seated)', 'Prone press-up', 'Piriformis stretch (figure 4)']),
    );
    expect(names(sciatica)).not.toContain('Seated forward bend');
    const coreStability = await call(list, { as: maya, path: '/api/exercises?region=CORE&category=STABILIZATION' });
    expect(names(coreStability)).toEqual(expect.arrayContaining(['Bird dog', 'Dead bug', 'Side plank from the knees']));
    expect(
      coreStability.body.exercises.every(
        (e: { region: string; category: string }) => e.region === 'CORE' && e.category === 'STABILIZATION',
      ),
    ).toBe(true);
    expect(names(await call(list, { as: maya, path: '/api/exercises?q=BRIDGE' }))).toEqual(['Glute bridge']);
    expect(names(await call(list, { as: maya, path: '/api/exercises?q=centralization' }))).toEqual(['Prone press-up']);
    expect((await call(list, { as: maya, path: '/api/exercises?condition=SLIPPED' })).status).toBe(400);
  });

  it('is for staff: a patient gets 403', async () => {
    expect((await call(list, { as: patient })).status).toBe(403);
  });
});

describe("a practice's own exercises", () => {
  it('a therapist adds one; their practice sees and edits it, another practice gets 404', async () => {
    const created = await call(create, { method: 'POST', as: maya, json: newExercise() });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Towel roll lumbar support',
      editable: true,
      practiceId: expect.any(String),
      illustrationUrl: '/exercises/abdominal-bracing.svg',
    });
    const id = created.body.id;

    expect(names(await call(list, { as: maya, path: '/api/exercises?condition=DISC_HERNIATION' }))).toContain(
      'Towel roll lumbar support',
    );
    expect(names(await call(list, { as: omar }))).not.toContain('Towel roll lumbar support');
    expect((await call(getOne, { as: omar, params: { id } })).status).toBe(404);
    expect((await call(update, { method: 'PATCH', as: omar, params: { id }, json: { name: 'Mine now' } })).status).toBe(404);

    const edited = await call(update, {
      method: 'PATCH',
      as: practiceAdmin,
      params: { id },
      json: {
        name: 'Lumbar roll',
        defaultDosage: { sets: 1, reps: null, holdSeconds: null, minutes: 20, timesPerDay: 2, daysPerWeek: 7 },
      },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ name: 'Lumbar roll', defaultDosage: { minutes: 20, timesPerDay: 2 } });

    const archived = await call(update, { method: 'PATCH', as: maya, params: { id }, json: { active: false } });
    expect(archived.body.active).toBe(false);
    expect(names(await call(list, { as: maya }))).not.toContain('Lumbar roll');
    expect(names(await call(list, { as: maya, path: '/api/exercises?archived=true' }))).toContain('Lumbar roll');
    expect(await db().auditEvent.count({ where: { entityId: id } })).toBe(3);
  });

  it('the starter library is read-only to therapists and practice admins; network admins edit it', async () => {
    const id = lib.get('bird-dog')!;
    const therapist = await call(update, { method: 'PATCH', as: maya, params: { id }, json: { name: 'Bird dog (mine)' } });
    expect(therapist.status).toBe(403);
    expect((await call(update, { method: 'PATCH', as: practiceAdmin, params: { id }, json: { name: 'x' } })).status).toBe(403);
    expect((await call(getOne, { as: maya, params: { id } })).body).toMatchObject({ name: 'Bird dog', editable: false });
    const admin = await call(update, {
      method: 'PATCH',
      as: networkAdmin,
      params: { id },
      json: { cautions: 'Keep your hips level.' },
    });
    expect(admin.status).toBe(200);
    expect(admin.body.cautions).toBe('Keep your hips level.');
  });

  it('refuses an unknown illustration, an empty step list and a bad dosage', async () => {
    for (const bad of [
      { illustration: 'https://example.com/x.svg' },
      { illustration: 'nope.svg' },
      { steps: [] },
      { defaultDosage: { sets: 0, reps: 10, holdSeconds: null, minutes: null, timesPerDay: 1, daysPerWeek: 7 } },
      { defaultDosage: { sets: 1, reps: 10, holdSeconds: null, minutes: null, timesPerDay: 1, daysPerWeek: 8 } },
    ]) {
      const res = await call(create, { method: 'POST', as: maya, json: newExercise(bad) });
      expect(res.status, JSON.stringify(bad)).toBe(400);
    }
  });
});
