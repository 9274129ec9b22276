// Factories: the one place that builds domain records, used by the demo seed and by tests.
// Each takes the client to write with, and sensible defaults for everything it is not told.
import { randomUUID } from 'node:crypto';
import type { PrismaClient, TimeOfDay, VisitModality } from '../lib/generated/prisma/client.ts';
import { hashPassword } from '../lib/auth/password';

export const DEMO_PASSWORD = 'rehabit-demo';

// Hashing is deliberately slow; the seed and tests reuse one hash per distinct password.
const hashes = new Map<string, Promise<string>>();
function hashOnce(password: string): Promise<string> {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password)!;
}

const unique = () => randomUUID().slice(0, 8);

export interface PracticeSeed {
  slug?: string;
  name?: string;
  brand?: string;
}

export function createPractice(client: PrismaClient, p: PracticeSeed = {}) {
  const id = unique();
  return client.practice.create({
    data: { slug: p.slug ?? `practice-${id}`, name: p.name ?? `Practice ${id}`, brand: p.brand ?? `Practice ${id}` },
  });
}

export interface ClinicSeed {
  slug?: string;
  name?: string;
  addressLine1?: string;
  addressLine2?: string | null;
  city?: string;
  state?: string;
  zip?: string;
  latitude?: number;
  longitude?: number;
  timezone?: string;
  phone?: string;
  hours?: string;
  /** Slugs from lib/clinics/services.ts; orthopedic and spine care unless given. */
  services?: string[];
}

export function createClinic(client: PrismaClient, practiceId: string, c: ClinicSeed = {}) {
  const id = unique();
  return client.clinic.create({
    data: {
      practiceId,
      slug: c.slug ?? `clinic-${id}`,
      name: c.name ?? `Clinic ${id}`,
      addressLine1: c.addressLine1 ?? '236 W 27th St',
      addressLine2: c.addressLine2 ?? null,
      city: c.city ?? 'New York',
      state: c.state ?? 'NY',
      zip: c.zip ?? '10001',
      latitude: c.latitude ?? 40.7506,
      longitude: c.longitude ?? -73.9972,
      timezone: c.timezone ?? 'America/New_York',
      phone: c.phone ?? '(212) 555-0100',
      hours: c.hours ?? 'Mon–Fri 7:00 am–7:00 pm',
      services: c.services ?? ['orthopedic-care', 'spine-care'],
    },
  });
}

export interface PersonSeed {
  email?: string;
  name?: string;
  password?: string | null;
}

async function passwordFor(p: PersonSeed): Promise<string | null> {
  return p.password === null ? null : hashOnce(p.password ?? DEMO_PASSWORD);
}

export async function createPatient(
  client: PrismaClient,
  p: PersonSeed & {
    dateOfBirth?: string;
    phone?: string | null;
    preferredClinicId?: string | null;
    /** When the email was verified; verified at creation unless told (null = a fresh sign-up, decision 045). */
    emailVerified?: Date | null;
  } = {},
) {
  return client.user.create({
    data: {
      email: p.email ?? `patient-${unique()}@example.test`,
      name: p.name ?? 'Pat Patient',
      passwordHash: await passwordFor(p),
      emailVerified: p.emailVerified === undefined ? new Date() : p.emailVerified,
      role: 'PATIENT',
      patient: {
        create: {
          dateOfBirth: new Date(`${p.dateOfBirth ?? '1984-06-15'}T00:00:00Z`),
          phone: p.phone ?? null,
          preferredClinicId: p.preferredClinicId ?? null,
        },
      },
    },
    include: { patient: true },
  });
}

export async function createTherapist(
  client: PrismaClient,
  t: PersonSeed & {
    practiceId: string;
    clinicId?: string | null;
    timezone?: string;
    offersVirtual?: boolean;
    bio?: string;
    specialties?: string[];
    credentials?: string;
  },
) {
  return client.user.create({
    data: {
      email: t.email ?? `therapist-${unique()}@example.test`,
      name: t.name ?? 'Terry Therapist',
      passwordHash: await passwordFor(t),
      role: 'THERAPIST',
      therapist: {
        create: {
          practiceId: t.practiceId,
          clinicId: t.clinicId ?? null,
          timezone: t.timezone ?? 'America/New_York',
          offersVirtual: t.offersVirtual ?? false,
          bio: t.bio ?? '',
          specialties: t.specialties ?? [],
          credentials: t.credentials ?? 'PT, DPT',
        },
      },
    },
    include: { therapist: true },
  });
}

export interface LicenseSeed {
  state: string;
  kind?: 'LICENSE' | 'COMPACT_PRIVILEGE';
  number?: string;
  expiresOn?: string;
}

/** A state license (or compact privilege) for a therapist; valid through 2030 unless told. */
export function createLicense(client: PrismaClient, therapistId: string, l: LicenseSeed) {
  const kind = l.kind ?? 'LICENSE';
  return client.therapistLicense.create({
    data: {
      therapistId,
      state: l.state,
      kind,
      number: l.number ?? `${kind === 'LICENSE' ? 'PT' : 'PTC'}-${l.state}-${unique()}`,
      expiresOn: new Date(`${l.expiresOn ?? '2030-12-31'}T00:00:00Z`),
    },
  });
}

export function createSleepCheckIn(
  client: PrismaClient,
  patientId: string,
  s: { checkedOn: string; painLyingDown: number; timesWoken: number; hoursSlept: number },
) {
  return client.sleepCheckIn.create({
    data: {
      patientId,
      checkedOn: new Date(`${s.checkedOn}T00:00:00Z`),
      painLyingDown: s.painLyingDown,
      timesWoken: s.timesWoken,
      halfHoursSlept: Math.round(s.hoursSlept * 2),
    },
  });
}

export async function createAdmin(client: PrismaClient, a: PersonSeed & { practiceId?: string | null } = {}) {
  return client.user.create({
    data: {
      email: a.email ?? `admin-${unique()}@example.test`,
      name: a.name ?? 'Ada Admin',
      passwordHash: await passwordFor(a),
      role: 'ADMIN',
      practiceId: a.practiceId ?? null,
    },
  });
}

export function createVisitType(
  client: PrismaClient,
  v: {
    slug?: string;
    name?: string;
    description?: string;
    durationMinutes?: number;
    priceCents?: number;
    modality?: VisitModality;
    practiceId?: string | null;
    bufferBeforeMinutes?: number;
    bufferAfterMinutes?: number;
    minNoticeMinutes?: number;
    horizonDays?: number;
    slotStepMinutes?: number;
    patientMayBookSeries?: boolean;
    freeCancellationHours?: number;
    lateCancellationFeeCents?: number;
  } = {},
) {
  const id = unique();
  return client.visitType.create({
    data: {
      ...v,
      slug: v.slug ?? `visit-${id}`,
      name: v.name ?? `Visit ${id}`,
      description: v.description ?? '',
      durationMinutes: v.durationMinutes ?? 30,
      priceCents: v.priceCents ?? 9000,
      modality: v.modality ?? 'IN_CLINIC',
      practiceId: v.practiceId ?? null,
    },
  });
}

export interface RuleSeed {
  weekday: number;
  startMinute: number;
  endMinute: number;
  timezone: string;
  modality?: VisitModality;
  clinicId?: string | null;
  validFrom?: string;
  validUntil?: string | null;
}

export function createAvailabilityRules(client: PrismaClient, therapistId: string, rules: RuleSeed[]) {
  return client.availabilityRule.createMany({
    data: rules.map((r) => ({
      therapistId,
      weekday: r.weekday,
      startMinute: r.startMinute,
      endMinute: r.endMinute,
      timezone: r.timezone,
      modality: r.modality ?? (r.clinicId ? 'IN_CLINIC' : 'VIRTUAL'),
      clinicId: r.clinicId ?? null,
      validFrom: new Date(`${r.validFrom ?? '2026-01-01'}T00:00:00Z`),
      validUntil: r.validUntil ? new Date(`${r.validUntil}T00:00:00Z`) : null,
    })),
  });
}

/** A typical week: Mon–Fri 08:00–12:00 and 13:00–17:00 at the clinic; video Tue/Thu evenings and Saturday mornings. */
export function typicalWeek(timezone: string, clinicId: string | null, virtual: boolean): RuleSeed[] {
  const clinicHours = clinicId
    ? [1, 2, 3, 4, 5].flatMap((weekday) => [
        { weekday, startMinute: 8 * 60, endMinute: 12 * 60, timezone, clinicId },
        { weekday, startMinute: 13 * 60, endMinute: 17 * 60, timezone, clinicId },
      ])
    : [];
  const videoHours = virtual
    ? [
        { weekday: 2, startMinute: 17 * 60, endMinute: 19 * 60, timezone },
        { weekday: 4, startMinute: 17 * 60, endMinute: 19 * 60, timezone },
        { weekday: 6, startMinute: 9 * 60, endMinute: 12 * 60, timezone },
      ]
    : [];
  return [...clinicHours, ...videoHours];
}

export interface AppointmentSeed {
  patientId: string;
  therapistId: string;
  visitTypeId: string;
  startsAt: Date;
  /** Defaults to the therapist's home clinic for an in-clinic visit type. */
  clinicId?: string | null;
  status?: 'HELD' | 'BOOKED' | 'COMPLETED' | 'NO_SHOW' | 'CANCELLED';
  /** Defaults to 15 minutes from now for a HELD appointment. */
  holdExpiresAt?: Date | null;
  /** Defaults to the patient's user. */
  createdById?: string;
  /** Video visits: the state the patient is in (no default: a legacy row has none). */
  patientState?: string | null;
}

/** An appointment written directly (no availability check), with the visit type's length, buffers and price. */
export async function createAppointment(client: PrismaClient, a: AppointmentSeed) {
  const minute = 60_000;
  const visitType = await client.visitType.findUniqueOrThrow({ where: { id: a.visitTypeId } });
  const therapist = await client.therapist.findUniqueOrThrow({ where: { id: a.therapistId }, select: { clinicId: true } });
  const patient = await client.patient.findUniqueOrThrow({ where: { id: a.patientId }, select: { userId: true } });
  const status = a.status ?? 'BOOKED';
  const endsAt = new Date(a.startsAt.getTime() + visitType.durationMinutes * minute);
  return client.appointment.create({
    data: {
      patientId: a.patientId,
      therapistId: a.therapistId,
      visitTypeId: visitType.id,
      modality: visitType.modality,
      clinicId: visitType.modality === 'IN_CLINIC' ? (a.clinicId ?? therapist.clinicId) : null,
      startsAt: a.startsAt,
      endsAt,
      blockStartsAt: new Date(a.startsAt.getTime() - visitType.bufferBeforeMinutes * minute),
      blockEndsAt: new Date(endsAt.getTime() + visitType.bufferAfterMinutes * minute),
      status,
      holdExpiresAt:
        a.holdExpiresAt !== undefined ? a.holdExpiresAt : status === 'HELD' ? new Date(Date.now() + 15 * minute) : null,
      priceCents: visitType.priceCents,
      currency: visitType.currency,
      createdById: a.createdById ?? patient.userId,
      patientState: visitType.modality === 'VIRTUAL' ? (a.patientState ?? null) : null,
      cancelledAt: status === 'CANCELLED' ? new Date() : null,
    },
  });
}

// ── Exercise library, plans, logs and outcomes ──────────────────────────────────────────────────

export interface DosageSeed {
  sets?: number;
  reps?: number | null;
  holdSeconds?: number | null;
  minutes?: number | null;
  timesPerDay?: number;
  daysPerWeek?: number;
}

/** The starter library and its templates (lib/exercises), once: existing slugs are left as they are. */
export async function installStarterLibrary(client: PrismaClient): Promise<Map<string, string>> {
  const { STARTER_EXERCISES, STARTER_TEMPLATES } = await import('./exercise-library');
  await client.exercise.createMany({
    data: STARTER_EXERCISES.map((e) => ({
      slug: e.slug,
      name: e.name,
      purpose: e.purpose,
      steps: e.steps,
      cautions: e.cautions,
      region: e.region,
      category: e.category,
      conditions: e.conditions,
      illustration: `${e.slug}.svg`,
      defaultSets: e.sets,
      defaultReps: e.reps,
      defaultHoldSeconds: e.holdSeconds,
      defaultMinutes: e.minutes,
      defaultTimesPerDay: e.timesPerDay,
      defaultDaysPerWeek: e.daysPerWeek,
    })),
    skipDuplicates: true,
  });
  const rows = await client.exercise.findMany({
    where: { slug: { in: STARTER_EXERCISES.map((e) => e.slug) } },
    select: { id: true, slug: true },
  });
  const ids = new Map(rows.map((r) => [r.slug, r.id]));
  const bySlug = new Map(STARTER_EXERCISES.map((e) => [e.slug, e]));
  for (const t of STARTER_TEMPLATES) {
    if (await client.planTemplate.count({ where: { name: t.name, practiceId: null, ownerId: null } })) continue;
    await client.planTemplate.create({
      data: {
        name: t.name,
        description: t.description,
        items: {
          create: t.items.map((i, position) => {
            const e = bySlug.get(i.slug)!;
            return {
              exerciseId: ids.get(i.slug)!,
              position,
              sets: i.sets ?? e.sets,
              reps: i.reps !== undefined ? i.reps : e.reps,
              holdSeconds: i.holdSeconds !== undefined ? i.holdSeconds : e.holdSeconds,
              minutes: i.minutes !== undefined ? i.minutes : e.minutes,
              timesPerDay: i.timesPerDay ?? e.timesPerDay,
              daysPerWeek: i.daysPerWeek ?? e.daysPerWeek,
              notes: i.notes ?? '',
              timesOfDay: i.timesOfDay ?? [],
            };
          }),
        },
      },
    });
  }
  return ids;
}

/** One exercise (a practice's own when practiceId is given), with simple defaults. */
export function createExercise(
  client: PrismaClient,
  e: DosageSeed & {
    name?: string;
    practiceId?: string | null;
    conditions?: ('SCIATICA' | 'STRAIN_SPRAIN' | 'LUMBAR_OSTEOARTHRITIS' | 'DISC_HERNIATION')[];
    region?: 'LOWER_BACK' | 'CORE' | 'HIP_PELVIS' | 'LEG' | 'WHOLE_BODY';
    category?: 'STRENGTHENING' | 'STRETCHING' | 'MOBILITY' | 'STABILIZATION' | 'AEROBIC';
    active?: boolean;
  } = {},
) {
  const id = unique();
  return client.exercise.create({
    data: {
      slug: `exercise-${id}`,
      name: e.name ?? `Exercise ${id}`,
      purpose: 'Keeps the back moving.',
      steps: ['Move slowly.', 'Breathe.'],
      cautions: '',
      region: e.region ?? 'LOWER_BACK',
      category: e.category ?? 'MOBILITY',
      conditions: e.conditions ?? ['STRAIN_SPRAIN'],
      illustration: 'pelvic-tilt.svg',
      practiceId: e.practiceId ?? null,
      active: e.active ?? true,
      defaultSets: e.sets ?? 1,
      defaultReps: e.reps !== undefined ? e.reps : 10,
      defaultHoldSeconds: e.holdSeconds ?? null,
      defaultMinutes: e.minutes ?? null,
      defaultTimesPerDay: e.timesPerDay ?? 1,
      defaultDaysPerWeek: e.daysPerWeek ?? 7,
    },
  });
}

export interface PlanVersionSeed {
  /** Local dates 'YYYY-MM-DD'. effectiveFrom defaults to startsOn for version 1 and to createdAt's date after. */
  startsOn: string;
  endsOn?: string | null;
  effectiveFrom?: string;
  createdAt?: Date;
  notes?: string;
  items: (DosageSeed & { exerciseId: string; notes?: string; timesOfDay?: TimeOfDay[] })[];
}

/** A plan written directly (no access checks), with its versions in order. */
export async function createExercisePlan(
  client: PrismaClient,
  p: {
    patientId: string;
    therapistId: string;
    title?: string;
    createdAt?: Date;
    endedAt?: Date | null;
    versions: PlanVersionSeed[];
  },
) {
  const therapist = await client.therapist.findUniqueOrThrow({ where: { id: p.therapistId }, select: { userId: true } });
  const day = (s: string) => new Date(`${s}T00:00:00Z`);
  return client.exercisePlan.create({
    data: {
      patientId: p.patientId,
      therapistId: p.therapistId,
      title: p.title ?? 'Home exercise plan',
      createdAt: p.createdAt ?? p.versions[0]?.createdAt ?? new Date(),
      endedAt: p.endedAt ?? null,
      versions: {
        create: p.versions.map((v, i) => ({
          version: i + 1,
          startsOn: day(v.startsOn),
          endsOn: v.endsOn ? day(v.endsOn) : null,
          effectiveFrom: day(v.effectiveFrom ?? (i === 0 ? v.startsOn : (v.createdAt ?? new Date()).toISOString().slice(0, 10))),
          notes: v.notes ?? '',
          createdById: therapist.userId,
          createdAt: v.createdAt ?? new Date(),
          items: {
            create: v.items.map((it, position) => ({
              exerciseId: it.exerciseId,
              position,
              sets: it.sets ?? 2,
              reps: it.reps !== undefined ? it.reps : 10,
              holdSeconds: it.holdSeconds ?? null,
              minutes: it.minutes ?? null,
              timesPerDay: it.timesPerDay ?? 1,
              daysPerWeek: it.daysPerWeek ?? 7,
              notes: it.notes ?? '',
              timesOfDay: it.timesOfDay ?? [],
            })),
          },
        })),
      },
    },
    include: { versions: { orderBy: { version: 'asc' }, include: { items: true } } },
  });
}

export interface LogSeed {
  patientId: string;
  planId: string;
  versionId: string;
  exerciseId: string;
  performedOn: string;
  pain?: number;
  setsDone?: number;
  repsDone?: number | null;
  difficulty?: 'EASY' | 'ABOUT_RIGHT' | 'TOO_HARD';
  comment?: string | null;
  loggedAt?: Date;
}

/** Exercise logs in bulk (a year of them for the dashboard benchmark). */
export function createExerciseLogs(client: PrismaClient, logs: LogSeed[]) {
  return client.exerciseLog.createMany({
    data: logs.map((l) => ({
      patientId: l.patientId,
      planId: l.planId,
      versionId: l.versionId,
      exerciseId: l.exerciseId,
      performedOn: new Date(`${l.performedOn}T00:00:00Z`),
      loggedAt: l.loggedAt ?? new Date(`${l.performedOn}T18:00:00Z`),
      setsDone: l.setsDone ?? 2,
      repsDone: l.repsDone !== undefined ? l.repsDone : 10,
      pain: l.pain ?? 3,
      difficulty: l.difficulty ?? 'ABOUT_RIGHT',
      comment: l.comment ?? null,
    })),
  });
}

export function createOutcomeScore(
  client: PrismaClient,
  s: {
    patientId: string;
    planId: string;
    instrument: 'ODI' | 'NPRS';
    timepoint?: 'INTAKE' | 'FOLLOW_UP' | 'DISCHARGE';
    score: number;
    takenOn: string;
    answers?: (number | null)[];
  },
) {
  return client.outcomeScore.create({
    data: {
      patientId: s.patientId,
      planId: s.planId,
      instrument: s.instrument,
      timepoint: s.timepoint ?? 'INTAKE',
      score: s.score,
      takenOn: new Date(`${s.takenOn}T00:00:00Z`),
      takenAt: new Date(`${s.takenOn}T15:00:00Z`),
      ...(s.instrument === 'ODI' ? { answers: s.answers ?? oswestryAnswersFor(s.score) } : {}),
    },
  });
}

/** Ten section scores, spread evenly, that add up to a given ODI percent (to the nearest 2 %). */
export function oswestryAnswersFor(percent: number): number[] {
  const points = Math.min(50, Math.max(0, Math.round(percent / 2)));
  return Array.from({ length: 10 }, (_, i) => Math.floor(points / 10) + (i < points % 10 ? 1 : 0));
}
