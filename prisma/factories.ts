// Factories: the one place that builds domain records, used by the demo seed and by tests.
// Each takes the client to write with, and sensible defaults for everything it is not told.
import { randomUUID } from 'node:crypto';
import type { PrismaClient, VisitModality } from '../lib/generated/prisma/client.ts';
import { hashPassword } from '../lib/auth/password';

export const DEMO_PASSWORD = 'rehabit-demo';

// Hashing is deliberately slow; the seed and tests reuse one hash per distinct password.
const hashes = new Map<string, Promise<string>>();
function hashOnce(password: string): Promise<string> {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password)!;
}

const unique = () => randomUUID().slice(0, 8);

export interface PracticeSeed { slug?: string; name?: string; brand?: string }

export function createPractice(client: PrismaClient, p: PracticeSeed = {}) {
  const id = unique();
  return client.practice.create({
    data: { slug: p.slug ?? `practice-${id}`, name: p.name ?? `Practice ${id}`, brand: p.brand ?? `Practice ${id}` },
  });
}

export interface ClinicSeed {
  slug?: string; name?: string; addressLine1?: string; addressLine2?: string | null; city?: string; state?: string;
  zip?: string; latitude?: number; longitude?: number; timezone?: string; phone?: string; hours?: string;
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
    },
  });
}

export interface PersonSeed { email?: string; name?: string; password?: string | null }

async function passwordFor(p: PersonSeed): Promise<string | null> {
  return p.password === null ? null : hashOnce(p.password ?? DEMO_PASSWORD);
}

export async function createPatient(client: PrismaClient, p: PersonSeed & {
  dateOfBirth?: string; phone?: string | null; preferredClinicId?: string | null;
} = {}) {
  return client.user.create({
    data: {
      email: p.email ?? `patient-${unique()}@example.test`,
      name: p.name ?? 'Pat Patient',
      passwordHash: await passwordFor(p),
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

export async function createTherapist(client: PrismaClient, t: PersonSeed & {
  practiceId: string; clinicId?: string | null; timezone?: string; offersVirtual?: boolean;
  bio?: string; specialties?: string[]; credentials?: string;
}) {
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

export function createVisitType(client: PrismaClient, v: {
  slug?: string; name?: string; description?: string; durationMinutes?: number; priceCents?: number;
  modality?: VisitModality; practiceId?: string | null; bufferBeforeMinutes?: number; bufferAfterMinutes?: number;
  minNoticeMinutes?: number; horizonDays?: number; slotStepMinutes?: number; patientMayBookSeries?: boolean;
  freeCancellationHours?: number; lateCancellationFeeCents?: number;
} = {}) {
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
  weekday: number; startMinute: number; endMinute: number; timezone: string;
  modality?: VisitModality; clinicId?: string | null; validFrom?: string; validUntil?: string | null;
}

export function createAvailabilityRules(client: PrismaClient, therapistId: string, rules: RuleSeed[]) {
  return client.availabilityRule.createMany({
    data: rules.map((r) => ({
      therapistId, weekday: r.weekday, startMinute: r.startMinute, endMinute: r.endMinute, timezone: r.timezone,
      modality: r.modality ?? (r.clinicId ? 'IN_CLINIC' : 'VIRTUAL'), clinicId: r.clinicId ?? null,
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
    ? [{ weekday: 2, startMinute: 17 * 60, endMinute: 19 * 60, timezone }, { weekday: 4, startMinute: 17 * 60, endMinute: 19 * 60, timezone },
      { weekday: 6, startMinute: 9 * 60, endMinute: 12 * 60, timezone }]
    : [];
  return [...clinicHours, ...videoHours];
}

export interface AppointmentSeed {
  patientId: string; therapistId: string; visitTypeId: string; startsAt: Date;
  /** Defaults to the therapist's home clinic for an in-clinic visit type. */
  clinicId?: string | null;
  status?: 'HELD' | 'BOOKED' | 'COMPLETED' | 'NO_SHOW' | 'CANCELLED';
  /** Defaults to 15 minutes from now for a HELD appointment. */
  holdExpiresAt?: Date | null;
  /** Defaults to the patient's user. */
  createdById?: string;
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
      holdExpiresAt: a.holdExpiresAt !== undefined ? a.holdExpiresAt
        : status === 'HELD' ? new Date(Date.now() + 15 * minute) : null,
      priceCents: visitType.priceCents,
      currency: visitType.currency,
      createdById: a.createdById ?? patient.userId,
      cancelledAt: status === 'CANCELLED' ? new Date() : null,
    },
  });
}
