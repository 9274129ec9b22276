// Text that PostgreSQL or JSON cannot carry is refused at the edge, for every string any route
// accepts (path, query and body, values and keys), before a schema sees it: NUL is not storable in
// a Postgres text column, an unpaired UTF-16 surrogate is not UTF-8, and the other C0 controls are
// never part of real text (tab, newline and carriage return are). One walk here instead of a
// refinement on each schema, so a new field cannot forget it. See docs/decisions/017.
import { AppError } from './errors';

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why this text cannot be stored or carried, or null when it can (shared with the page-path check). */
export function unstorableTextProblem(text: string): string | null {
  if (CONTROL.test(text)) return 'must not contain control characters';
  if (LONE_SURROGATE.test(text)) return 'must not contain unpaired surrogates (not valid Unicode)';
  return null;
}

interface Visit {
  value: unknown;
  key: string;
  parent: Visit | null;
}

function pathOf(visit: Visit): string {
  const keys: string[] = [];
  for (let v: Visit | null = visit; v; v = v.parent) keys.push(v.key);
  return keys.reverse().join('.');
}

function refuse(visit: Visit, problem: string): never {
  const path = pathOf(visit);
  throw new AppError('VALIDATION_FAILED', `Invalid ${path}: ${problem}.`, [{ path, message: problem }]);
}

/**
 * Throws 400 VALIDATION_FAILED naming the first bad string. Iterative, with parent links instead of
 * copied paths: a 64 KiB body can nest 30,000 deep, which must neither overflow the stack nor cost
 * quadratic time.
 */
export function assertStorableInput(input: unknown, where: string): void {
  const stack: Visit[] = [{ value: input, key: where, parent: null }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value } = visit;
    if (typeof value === 'string') {
      const problem = unstorableTextProblem(value);
      if (problem) refuse(visit, `text ${problem}`);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, key: String(i), parent: visit }));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const keyProblem = unstorableTextProblem(key);
        if (keyProblem) refuse(visit, `a field name ${keyProblem}`);
        stack.push({ value: item, key, parent: visit });
      }
    }
  }
}
