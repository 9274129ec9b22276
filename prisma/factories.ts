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
  modality?: VisitModality; practiceId?: string | null;
} = {}) {
  const id = unique();
  return client.visitType.create({
    data: {
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
