// What a form shows under a field: the form's own words for the problem, not the API's. The zod
// schema shared with the server decides what is wrong; each form says it in its reader's language.
import type { FieldErrors, FieldValues } from 'react-hook-form';

/** What the resolver reported at one field: the zod issue code (`type`) and its message. */
export interface Problem {
  type: string;
  message: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';

/** The problem at `path` (a dotted name), or under it (a group of fields: the first one found). */
export function problemAt(errors: FieldErrors<FieldValues>, path: string): Problem | null {
  let node: unknown = errors;
  for (const key of path.split('.')) {
    if (!isRecord(node) || !(key in node)) return null;
    node = node[key];
  }
  return firstProblem(node);
}

function firstProblem(node: unknown): Problem | null {
  if (!isRecord(node)) return null;
  if (typeof node.type === 'string') return { type: node.type, message: typeof node.message === 'string' ? node.message : '' };
  for (const [key, child] of Object.entries(node)) {
    if (key === 'ref') continue;
    const found = firstProblem(child);
    if (found) return found;
  }
  return null;
}

/**
 * The messages to show, keyed like `words`: for each path with a problem, its words (or what the
 * function makes of the problem, e.g. another sentence for a pattern than for a missing value).
 */
export function fieldMessages<K extends string>(
  errors: FieldErrors<FieldValues>,
  words: Record<K, string | ((problem: Problem) => string)>,
): Partial<Record<K, string>> {
  const found: Partial<Record<K, string>> = {};
  for (const path of Object.keys(words).filter((k): k is K => k in words)) {
    const problem = problemAt(errors, path);
    const said = words[path];
    if (problem) found[path] = typeof said === 'string' ? said : said(problem);
  }
  return found;
}
