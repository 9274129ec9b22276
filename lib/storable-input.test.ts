import { describe, expect, it } from 'vitest';
import { AppError } from './errors';
import { assertStorableInput } from './storable-input';

function refusal(input: unknown): { path: string; message: string } | null {
  try {
    assertStorableInput(input, 'body');
    return null;
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('VALIDATION_FAILED');
    return ((err as AppError).details as { path: string; message: string }[])[0]!;
  }
}

describe('assertStorableInput', () => {
  it('accepts ordinary text, tabs, newlines, emoji (paired surrogates) and non-strings', () => {
    expect(refusal({ note: 'Knee pain\tleft\r\nbetter 😀 ünïcode', pain: 7, ok: true, none: null, list: ['a', 1] })).toBeNull();
  });

  it('refuses NUL and the other C0 controls wherever they are, naming the field', () => {
    expect(refusal({ note: 'a\u0000b' })).toEqual({ path: 'body.note', message: expect.stringContaining('control') });
    expect(refusal({ items: [{ text: 'x' }, { text: '\u001b[31m' }] })?.path).toBe('body.items.1.text');
    expect(refusal('\u0007')?.path).toBe('body');
  });

  it('refuses unpaired surrogates, high or low', () => {
    expect(refusal({ name: 'a\ud800' })?.message).toContain('surrogate');
    expect(refusal({ name: '\udc00b' })?.message).toContain('surrogate');
    expect(refusal({ name: '\udc00\ud800' })?.message).toContain('surrogate');
  });

  it('refuses bad field names too', () => {
    expect(refusal({ 'a\u0000': 1 })?.path).toBe('body');
  });

  it('walks a body nested 30,000 deep without overflowing the stack', () => {
    const deep = JSON.parse(`${'['.repeat(30_000)}"\\u0000"${']'.repeat(30_000)}`);
    expect(refusal(deep)?.message).toContain('control');
  });
});
