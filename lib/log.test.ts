import { describe, expect, it } from 'vitest';
import { createLogger, requestIdFor, withRequestId, type LogLevel } from './log';

function capture(level: LogLevel) {
  const lines: { level: LogLevel; entry: Record<string, unknown> }[] = [];
  const logger = createLogger(
    () => level,
    (l, line) => lines.push({ level: l, entry: JSON.parse(line) as Record<string, unknown> }),
  );
  return { logger, lines };
}

describe('the logger', () => {
  it('writes one JSON object a line, with the request id of the scope it runs in', () => {
    const { logger, lines } = capture('info');
    withRequestId('req-12345678', () => logger.info('booked', { appointmentId: 'a1' }));
    logger.warn('outside a request');
    expect(lines[0]).toEqual({
      level: 'info',
      entry: expect.objectContaining({ level: 'info', msg: 'booked', requestId: 'req-12345678', appointmentId: 'a1' }),
    });
    expect(lines[1]?.entry.requestId).toBeUndefined();
    expect(typeof lines[0]?.entry.time).toBe('string');
  });

  it('drops lines below LOG_LEVEL and spells out errors', () => {
    const { logger, lines } = capture('warn');
    logger.debug('noise');
    logger.info('noise');
    logger.error('failed', { err: new Error('boom') });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.entry.err).toEqual(expect.objectContaining({ name: 'Error', message: 'boom' }));
  });

  it("takes a proxy's X-Request-Id only when it is a plain token", () => {
    expect(requestIdFor(new Headers({ 'x-request-id': 'lb-abc123-456' }))).toBe('lb-abc123-456');
    expect(requestIdFor(new Headers({ 'x-request-id': 'bad id {"level":"x"}' }))).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFor(new Headers())).toMatch(/^[0-9a-f-]{36}$/);
  });
});
