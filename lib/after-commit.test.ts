// Hooks run once the transaction committed, never after a rollback, and at once outside one.
import { describe, expect, test } from 'vitest';
import { expectConsoleError } from '@/tests/support/console';
import { afterCommit, committing } from './after-commit';

const tick = () => new Promise((r) => setImmediate(r));

describe('afterCommit', () => {
  test('inside a transaction, runs after it committed, in order', async () => {
    const seen: string[] = [];
    const result = await committing(async () => {
      afterCommit(() => seen.push('first'));
      await tick();
      afterCommit(() => seen.push('second'));
      seen.push('body done');
      return 42;
    });
    expect(result).toBe(42);
    expect(seen).toEqual(['body done', 'first', 'second']);
  });

  test('a transaction that fails runs none of its hooks', async () => {
    const seen: string[] = [];
    await expect(
      committing(async () => {
        afterCommit(() => seen.push('never'));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await tick();
    expect(seen).toEqual([]);
  });

  test('outside a transaction, runs on the next tick', async () => {
    const seen: string[] = [];
    afterCommit(() => seen.push('now'));
    expect(seen).toEqual([]);
    await tick();
    expect(seen).toEqual(['now']);
  });

  test('a hook that throws does not stop the others or reach the caller (it is logged)', async () => {
    expectConsoleError(1);
    const seen: string[] = [];
    await committing(async () => {
      afterCommit(() => {
        throw new Error('hook failed');
      });
      afterCommit(() => seen.push('still ran'));
    });
    expect(seen).toEqual(['still ran']);
  });
});
