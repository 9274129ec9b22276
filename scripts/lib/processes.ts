// Child processes that stop together: each runs in its own process group, so stopping it also
// stops what it started (next start's workers, maildev). Ctrl-C leaves nothing behind.
import { spawn, type ChildProcess } from 'node:child_process';

export type EnvVars = Record<string, string | undefined>;

export interface Service {
  name: string;
  child: ChildProcess;
  exited: Promise<number>;
}

const running: Service[] = [];

export function startService(
  name: string,
  command: string,
  args: string[],
  opts: {
    env?: EnvVars;
    quiet?: boolean;
    cwd?: string;
  } = {},
): Service {
  const child = spawn(command, args, {
    cwd: opts.cwd ?? process.cwd(),
    env: { ...process.env, ...opts.env },
    detached: true,
    stdio: ['ignore', opts.quiet ? 'ignore' : 'pipe', opts.quiet ? 'ignore' : 'pipe'],
  });
  const prefix = `[${name}] `;
  const relay = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) stream.write(prefix + line + '\n');
  };
  child.stdout?.on('data', relay(process.stdout));
  child.stderr?.on('data', relay(process.stderr));
  const exited = new Promise<number>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1))));
  const service = { name, child, exited };
  running.push(service);
  void exited.then(() => running.splice(running.indexOf(service), 1));
  return service;
}

/** Runs a command to completion with inherited output; resolves with its exit code. */
export function run(command: string, args: string[], env?: EnvVars): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    child.on('error', () => resolve(127));
  });
}

export async function runOrFail(what: string, command: string, args: string[], env?: EnvVars): Promise<void> {
  const code = await run(command, args, env);
  if (code !== 0) throw new Error(`${what} failed (exit ${code})`);
}

export async function stopService(service: Service, graceMs = 10_000): Promise<void> {
  const pid = service.child.pid;
  if (pid === undefined || service.child.exitCode !== null) return;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }, graceMs);
  await service.exited;
  clearTimeout(timer);
}

let stoppingAll = false;
/** True once stopAllServices() has begun: a supervisor must not start again what it stops. */
export const stoppingAllServices = () => stoppingAll;

export async function stopAllServices(): Promise<void> {
  stoppingAll = true;
  await Promise.all([...running].reverse().map((s) => stopService(s)));
}

export async function waitForHttp(url: string, timeoutMs: number, accept = (status: number) => status < 500): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: string | undefined;
  for (;;) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (accept(res.status)) return;
      last = `last answer ${res.status}: ${(await res.text()).slice(0, 200)}`;
    } catch (err) {
      last = `last attempt: ${err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err)}`;
    }
    if (Date.now() > deadline) throw new Error(`${url} did not come up within ${timeoutMs / 1000} s (${last ?? 'no answer'})`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
