// Demo data for local development (never production). `--if-empty` seeds only a database with
// no users, which is how `npm start` calls it.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../lib/generated/prisma/client.ts';
import {
  createAdmin,
  createAvailabilityRules,
  createClinic,
  createLicense,
  createPatient,
  createPractice,
  createTherapist,
  createVisitType,
  typicalWeek,
} from './factories';
import { DEMO_LICENSES, DEMO_PATIENTS, DEMO_PRACTICES, DEMO_THERAPISTS, DEMO_VISIT_TYPES } from './demo-network';
import { seedDemoPlans } from './demo-plans';
import { seedDemoIntakes } from './demo-intakes';
import { seedDemoReportHistory } from './demo-report-history';
import { seedDemoRtm } from './demo-rtm';

export async function seedDemo(client: PrismaClient): Promise<void> {
  const clinics = new Map<string, { id: string; practiceId: string; timezone: string }>();
  for (const p of DEMO_PRACTICES) {
    const practice = await createPractice(client, p);
    for (const c of p.clinics) clinics.set(c.slug, await createClinic(client, practice.id, c));
    await createAdmin(client, { email: `admin.${p.slug}@rehabit.test`, name: `${p.brand} Admin`, practiceId: practice.id });
  }
  await createAdmin(client, { email: 'admin@rehabit.test', name: 'Rehabit Network Admin' });
  for (const t of DEMO_THERAPISTS) {
    const clinic = clinics.get(t.clinicSlug)!;
    const user = await createTherapist(client, {
      email: `therapist${t.n}@rehabit.test`,
      name: t.name,
      practiceId: clinic.practiceId,
      clinicId: clinic.id,
      timezone: clinic.timezone,
      offersVirtual: t.offersVirtual,
      specialties: t.specialties,
      bio: t.bio,
    });
    await createAvailabilityRules(client, user.therapist!.id, typicalWeek(clinic.timezone, clinic.id, t.offersVirtual));
    for (const l of DEMO_LICENSES[t.n] ?? []) await createLicense(client, user.therapist!.id, l);
  }
  for (const p of DEMO_PATIENTS) {
    await createPatient(client, {
      email: `patient${p.n}@rehabit.test`,
      name: p.name,
      dateOfBirth: p.dateOfBirth,
      phone: p.phone,
      preferredClinicId: p.clinicSlug ? clinics.get(p.clinicSlug)!.id : null,
    });
  }
  for (const v of DEMO_VISIT_TYPES) await createVisitType(client, v);
  await seedDemoPlans(client);
  await seedDemoIntakes(client);
  await seedDemoReportHistory(client);
  await seedDemoRtm(client);
}

async function main(): Promise<void> {
  if (process.env.NODE_ENV === 'production' && process.env.REHABIT_ALLOW_DEMO_SEED !== '1') {
    throw new Error('Refusing to load demo data with NODE_ENV=production.');
  }
  const url = process.env.DATABASE_URL ?? 'postgresql://postgres:postgres@127.0.0.1:54329/rehabit';
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    if (process.argv.includes('--if-empty') && (await client.user.count()) > 0) {
      console.log('Database already has data; demo seed skipped.');
      return;
    }
    const t0 = Date.now();
    await client.$transaction(async (tx) => seedDemo(tx as unknown as PrismaClient), { timeout: 60_000 });
    console.log(`Seeded the demo network in ${Date.now() - t0} ms.`);
  } finally {
    await client.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
