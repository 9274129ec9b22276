// Validates docker-compose.yml without a Docker engine: docker-compose 1.29 (Debian's Python
// `docker-compose` package) parses, validates and interpolates the file in `config` without one.
// The resolved config is YAML; it is turned into JSON with PyYAML, which docker-compose itself
// depends on, so no YAML library is needed on the Node side.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { LIVEKIT_PLI_THROTTLE } from './lib/native-services';

const ROOT = process.cwd();
const COMPOSE_FILE = 'docker-compose.yml';
const INSTALL_HINT =
  'docker-compose is not installed: run `apt-get install -y docker-compose` ' +
  '(the repo test script, `npm test`, installs it).';

interface ResolvedService {
  image?: string;
  build?: { context: string; dockerfile?: string };
  command?: string[];
  depends_on?: Record<string, { condition: string }>;
  environment?: Record<string, string>;
  ports?: { published: number; target: number; protocol?: string }[];
  volumes?: string[];
  healthcheck?: { test: string[] };
}

type ServiceName = 'app' | 'postgres' | 'maildev' | 'redis' | 'livekit' | 'stripe-mock';

interface ResolvedConfig {
  services: Record<ServiceName, ResolvedService>;
  volumes?: Record<string, unknown>;
}

// The defaults in the file are what is checked, not whatever the calling shell exports.
const composeEnv = { ...process.env };
delete composeEnv.NEXTAUTH_SECRET;

function compose(...args: string[]): string {
  try {
    return execFileSync('docker-compose', ['-f', COMPOSE_FILE, ...args], {
      cwd: ROOT,
      env: composeEnv,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { status?: number; stderr?: string };
    if (err.code === 'ENOENT') throw new Error(INSTALL_HINT, { cause: e });
    throw new Error(`docker-compose ${args.join(' ')} exited with ${err.status}:\n${err.stderr ?? err.message}`, { cause: e });
  }
}

function yamlToJson(yamlText: string): unknown {
  const json = execFileSync('python3', ['-c', 'import json, sys, yaml; json.dump(yaml.safe_load(sys.stdin), sys.stdout)'], {
    input: yamlText,
    encoding: 'utf8',
  });
  return JSON.parse(json);
}

// Resolved lazily inside each test, so a missing docker-compose fails every test with the hint.
let resolved: ResolvedConfig | undefined;
function resolvedConfig(): ResolvedConfig {
  resolved ??= yamlToJson(compose('config')) as ResolvedConfig;
  return resolved;
}

describe('docker-compose.yml', () => {
  it('is valid for docker-compose (config exits 0) and declares every service', () => {
    resolvedConfig();
    const services = compose('config', '--services')
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
    expect(services.sort()).toEqual(['app', 'livekit', 'maildev', 'postgres', 'redis', 'stripe-mock']);
  });

  it('runs postgres 18 with a persistent volume and a pg_isready healthcheck', () => {
    const config = resolvedConfig();
    const pg = config.services.postgres;
    expect(pg.image).toBe('postgres:18');
    expect(pg.environment).toMatchObject({ POSTGRES_PASSWORD: 'postgres', POSTGRES_DB: 'rehabit' });
    expect(pg.volumes?.some((v) => v.startsWith('postgres-data:/var/lib/postgresql'))).toBe(true);
    expect(config.volumes).toHaveProperty('postgres-data');
    expect(pg.healthcheck?.test.join(' ')).toContain('pg_isready');
  });

  it('builds the app from the Dockerfile and points it at the compose services', () => {
    const app = resolvedConfig().services.app;
    expect(app.build?.context).toBe(ROOT);
    expect(fs.existsSync(path.join(ROOT, app.build?.dockerfile ?? 'Dockerfile'))).toBe(true);
    expect(app.environment).toMatchObject({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgresql://postgres:postgres@postgres:5432/rehabit',
      NEXTAUTH_URL: 'http://localhost:3000',
      SMTP_HOST: 'maildev',
      SMTP_PORT: '1025',
      STRIPE_API_HOST: 'stripe-mock',
      STRIPE_API_PORT: '12111',
    });
    // lib/env.ts refuses to start in production with a secret shorter than 32 characters.
    expect(app.environment?.NEXTAUTH_SECRET?.length ?? 0).toBeGreaterThanOrEqual(32);
    expect(app.ports).toContainEqual({ published: 3000, target: 3000 });
    expect(app.command?.join(' ')).toContain('npm run db:migrate && npx tsx scripts/serve.ts -p 3000');
  });

  it('starts the app only once postgres is healthy and the other services are up', () => {
    expect(resolvedConfig().services.app.depends_on).toEqual({
      postgres: { condition: 'service_healthy' },
      maildev: { condition: 'service_started' },
      livekit: { condition: 'service_started' },
      'stripe-mock': { condition: 'service_started' },
    });
  });

  it('configures livekit with redis, the app credentials and the app webhook', () => {
    const config = resolvedConfig();
    const livekit = config.services.livekit;
    expect(livekit.depends_on).toHaveProperty('redis');
    expect(livekit.ports).toContainEqual({ published: 7882, target: 7882, protocol: 'udp' });
    const mount = livekit.volumes?.find((v) => v.includes(':/etc/livekit.yaml'));
    const hostPath = mount?.split(':')[0];
    if (!hostPath) throw new Error('livekit does not mount a config file at /etc/livekit.yaml');
    const livekitYaml = yamlToJson(fs.readFileSync(hostPath, 'utf8')) as {
      rtc: { pli_throttle: Record<string, string> };
      redis: { address: string };
      keys: Record<string, string>;
      webhook: { api_key: string; urls: string[] };
    };
    const appEnv = config.services.app.environment ?? {};
    const apiKey = appEnv.LIVEKIT_API_KEY ?? '';
    expect(livekitYaml.redis.address).toBe('redis:6379');
    expect(livekitYaml.keys[apiKey]).toBe(appEnv.LIVEKIT_API_SECRET);
    expect(livekitYaml.webhook.api_key).toBe(apiKey);
    expect(livekitYaml.webhook.urls).toEqual(['http://app:3000/api/webhooks/livekit']);
    // The same key-frame pacing as the livekit-server npm start and the tests run.
    expect(livekitYaml.rtc.pli_throttle).toEqual(LIVEKIT_PLI_THROTTLE);
  });
});
