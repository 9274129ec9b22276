import { defineConfig } from 'prisma/config';

// The real Prisma CLI (on a machine that can download its engine) reads this; offline, the
// repo's scripts/migrate.ts drives the same migrations folder through the wasm schema engine.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed.ts' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres:postgres@127.0.0.1:54329/rehabit' },
});
