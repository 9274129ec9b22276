// How guessable a new password is, by zxcvbn (a maintained estimator that knows common passwords,
// names, words, keyboard walks, repeats and dates) plus what we know about the person: a password
// built from their own email or name is the first thing an attacker tries.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import { AppError } from '../errors';

/** zxcvbn's 0–4 scale; 3 = "safely unguessable: moderate protection from offline slow-hash attacks". */
export const MIN_PASSWORD_SCORE = 3;

// Built once per process (on globalThis: Next bundles instrumentation.ts and the routes apart, and
// the warm-up there should serve the routes). Indexing the dictionaries costs about a second of CPU.
const globalForZxcvbn = globalThis as unknown as { rehabitZxcvbn?: ZxcvbnFactory };
function zxcvbn(): ZxcvbnFactory {
  globalForZxcvbn.rehabitZxcvbn ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: {
      ...english.translations,
      // zxcvbn's own wording ("personal or page related data") reads oddly on a sign-up form.
      warnings: { ...english.translations.warnings, userInputs: 'It contains your name or email address.' },
    },
  });
  return globalForZxcvbn.rehabitZxcvbn;
}

/** Builds the estimator ahead of the first sign-up (instrumentation.ts calls it at start-up). */
export function warmUpPasswordJudge(): void {
  zxcvbn().check('warm-up');
}

export interface PasswordVerdict {
  ok: boolean;
  /** Why it was refused, as one sentence for the form (empty when ok). */
  reason: string;
}

/** The words of an email and a name (the parts zxcvbn should treat as known to an attacker). */
function personalWords(context: { email?: string; name?: string }): string[] {
  const words = new Set<string>();
  const email = context.email?.trim().toLowerCase();
  if (email) {
    words.add(email);
    const [local = '', domain = ''] = email.split('@');
    words.add(local);
    words.add(local.replace(/[^a-z0-9]+/g, ''));
    for (const part of [...local.split(/[^a-z0-9]+/), ...domain.split('.')]) if (part.length >= 3) words.add(part);
  }
  const name = (context.name ?? '').toLowerCase().trim();
  if (name) words.add(name.replace(/[^\p{L}\p{N}]+/gu, ''));
  for (const part of name.split(/\s+/)) if (part.length >= 2) words.add(part);
  return [...words].filter(Boolean);
}

export function judgePassword(password: string, context: { email?: string; name?: string } = {}): PasswordVerdict {
  const result = zxcvbn().check(password, personalWords(context));
  if (result.score >= MIN_PASSWORD_SCORE) return { ok: true, reason: '' };
  const { warning, suggestions } = result.feedback;
  const why = warning ? sentence(warning) : 'It would be easy to guess.';
  const tip = suggestions[0] ? ` ${sentence(suggestions[0])}` : ' Add more words that are less common.';
  return { ok: false, reason: `${why}${tip}` };
}

const sentence = (s: string) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/** Refuses a guessable password as a 400 on `body.password`, which the forms show beside the field. */
export function assertStrongPassword(password: string, context: { email?: string; name?: string }): void {
  const verdict = judgePassword(password, context);
  if (verdict.ok) return;
  throw new AppError('VALIDATION_FAILED', `Choose a stronger password. ${verdict.reason}`, [
    { path: 'body.password', message: `is too easy to guess. ${verdict.reason}` },
  ]);
}
