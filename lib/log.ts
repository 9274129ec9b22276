// Structured logs: one JSON object a line (time, level, msg, requestId, fields), at or above
// LOG_LEVEL. The request id is the one endpoint() gives each request (the caller's X-Request-Id
// when it looks like one, else a new UUID) and the reference a 500 answer shows, so a report of
// "reference …" finds every line of that request. Jobs run under `job-<id>`.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { env } from './env';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const requestScope = new AsyncLocalStorage<{ requestId: string }>();
const INCOMING_ID = /^[\w.:-]{8,100}$/;

/** Runs `fn` with every log line (and any 500's reference) carrying `requestId`. */
export function withRequestId<T>(requestId: string, fn: () => T): T {
  return requestScope.run({ requestId }, fn);
}

export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}

/** The caller's X-Request-Id (a proxy's) when it is a plain token, else a fresh one. */
export function requestIdFor(headers: Headers): string {
  const incoming = headers.get('x-request-id');
  return incoming && INCOMING_ID.test(incoming) ? incoming : randomUUID();
}

function plain(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  return value;
}

export type LogSink = (level: LogLevel, line: string) => void;

const consoleSink: LogSink = (level, line) => {
  if (level === 'error') console.error(line);
  else if (level === 'warn') console.warn(line);
  else console.log(line);
};

function configuredLevel(): LogLevel {
  try {
    return env().LOG_LEVEL;
  } catch {
    return 'info'; // a broken configuration is reported by env() itself; logging still works
  }
}

export function createLogger(minLevel: () => LogLevel = configuredLevel, sink: LogSink = consoleSink) {
  const write = (level: LogLevel, msg: string, fields: Record<string, unknown> = {}) => {
    if (RANK[level] < RANK[minLevel()]) return;
    const entries = Object.entries(fields).map(([k, v]) => [k, plain(v)]);
    sink(
      level,
      JSON.stringify({
        time: new Date().toISOString(),
        level,
        msg,
        requestId: currentRequestId(),
        ...Object.fromEntries(entries),
      }),
    );
  };
  return {
    debug: (msg: string, fields?: Record<string, unknown>) => write('debug', msg, fields),
    info: (msg: string, fields?: Record<string, unknown>) => write('info', msg, fields),
    warn: (msg: string, fields?: Record<string, unknown>) => write('warn', msg, fields),
    error: (msg: string, fields?: Record<string, unknown>) => write('error', msg, fields),
  };
}

export const log = createLogger();
