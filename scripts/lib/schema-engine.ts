// Prisma's own schema engine, compiled to WebAssembly, driven through @prisma/adapter-pg.
// The Prisma CLI downloads a native engine from Prisma's host, which this network cannot reach;
// this gives the same migrate deploy / create / status / diff on the same prisma/migrations folder,
// with the same `_prisma_migrations` bookkeeping, so the real CLI accepts the folder elsewhere.
import fs from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type * as SE from '@prisma/schema-engine-wasm';

export const ROOT = process.cwd();
export const SCHEMA_PATH = path.join(ROOT, 'prisma/schema.prisma');
export const MIGRATIONS_DIR = path.join(ROOT, 'prisma/migrations');
export const FILTERS: SE.SchemaFilter = { externalTables: [], externalEnums: [] };

/** A PoolConfig, not a URL: with a URL, pg lets the URL's database win over the shadow name. */
export function poolConfig(databaseUrl: string): pg.PoolConfig {
  const url = new URL(databaseUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.slice(1)) || 'postgres',
  };
}

// adapter-pg 7.10 cannot deserialize Postgres' internal "char" type (OID 18), which the engine's
// catalog queries return. Report it as text, then tag the column as a character column.
// This patches the adapter's base class in this process only; the CLI runs as its own process.
//
// Its executeScript also splits a migration on every ";" and runs the pieces one by one, which
// breaks functions and DO blocks ($$ … ; … $$) and leaves a failed migration half-applied.
// Sending the whole script as one simple-protocol query keeps it intact, and Postgres runs a
// multi-statement query as one implicit transaction: a migration applies whole or not at all.
let patched = false;
function patchAdapter(adapter: object): void {
  if (patched) return;
  patched = true;
  const adapterProto = Object.getPrototypeOf(adapter) as {
    executeScript(script: string): Promise<void>;
    client: { query(sql: string): Promise<unknown> };
    onError(error: unknown): never;
  };
  adapterProto.executeScript = async function (this: typeof adapterProto, script: string) {
    try {
      await this.client.query(script);
    } catch (error) {
      this.onError(error);
    }
  };
  const proto = Object.getPrototypeOf(adapterProto);
  const performIO = proto.performIO;
  const queryRaw = proto.queryRaw;
  const charColumns = new WeakMap<object, number[]>();
  proto.performIO = async function (query: unknown) {
    const res = await performIO.call(this, query);
    const cols: number[] = [];
    res.fields.forEach((f: { dataTypeID: number }, i: number) => {
      if (f.dataTypeID === 18) {
        f.dataTypeID = 25;
        cols.push(i);
      }
    });
    if (cols.length) charColumns.set(res.rows, cols);
    return res;
  };
  proto.queryRaw = async function (query: unknown) {
    const res = await queryRaw.call(this, query);
    for (const i of charColumns.get(res.rows) ?? []) res.columnTypes[i] = ColumnTypeEnum.Character;
    return res;
  };
}

/** Adapter factory whose shadow database is really dropped afterwards. */
class MigrateAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres' as const;
  readonly adapterName = '@prisma/adapter-pg';
  readonly opened: { dispose(): Promise<void> }[] = [];
  constructor(private readonly cfg: pg.PoolConfig) {}

  async connect() {
    const adapter = await new PrismaPg(this.cfg).connect();
    patchAdapter(adapter);
    this.opened.push(adapter);
    return adapter;
  }

  private async admin(sql: string): Promise<void> {
    const client = new pg.Client(this.cfg);
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }

  async connectToShadowDb() {
    const name = `prisma_shadow_${randomUUID().replaceAll('-', '')}`;
    await this.admin(`CREATE DATABASE "${name}"`);
    const adapter = await new PrismaPg({ ...this.cfg, database: name }).connect();
    patchAdapter(adapter);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await this.admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    };
    return adapter;
  }
}

export interface LoadedEngine {
  engine: SE.SchemaEngine;
  close(): Promise<void>;
}

export async function loadEngine(databaseUrl: string, schemaFiles: [string, string][]): Promise<LoadedEngine> {
  const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown };
  g.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message: (m: string) => {
      throw new Error(`schema engine panic: ${m}`);
    },
  };
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  // The wasm-bindgen glue module is untyped JS.
  const runtime = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as unknown as {
    __wbg_set_wasm(exports: WebAssembly.Exports): void;
    SchemaEngine: typeof SE.SchemaEngine;
  } & WebAssembly.ModuleImports;
  const mod = new WebAssembly.Module(await fs.readFile(gluePath.replace(/\.js$/, '.wasm')));
  const instance = new WebAssembly.Instance(mod, { './schema_engine_bg.js': runtime });
  runtime.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  const factory = new MigrateAdapterFactory(poolConfig(databaseUrl));
  const log = (msg: string) => {
    if (process.env.DEBUG) console.warn('[schema-engine]', msg);
  };
  const engine = await runtime.SchemaEngine.new({ datamodels: schemaFiles }, log, bindMigrationAwareSqlAdapterFactory(factory));
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.allSettled(factory.opened.map((a) => a.dispose()));
    },
  };
}

/** The migrations folder, read the way the Prisma CLI reads it. */
export async function readMigrations(): Promise<SE.MigrationList> {
  const lockPath = 'migration_lock.toml';
  const lock = await fs.readFile(path.join(MIGRATIONS_DIR, lockPath), 'utf8').catch(() => null);
  const entries = await fs.readdir(MIGRATIONS_DIR, { withFileTypes: true }).catch(() => []);
  const dirs: SE.MigrationDirectory[] = [];
  for (const d of entries.filter((e) => e.isDirectory())) {
    const content = await fs
      .readFile(path.join(MIGRATIONS_DIR, d.name, 'migration.sql'), 'utf8')
      .then((value) => ({ tag: 'ok' as const, value }))
      .catch((e: Error) => ({ tag: 'error' as const, value: e.message }));
    dirs.push({ path: d.name, migrationFile: { path: 'migration.sql', content } });
  }
  dirs.sort((a, b) => a.path.localeCompare(b.path));
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: lockPath, content: lock },
    migrationDirectories: dirs,
    shadowDbInitScript: '',
  };
}
