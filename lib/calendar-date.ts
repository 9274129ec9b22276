// A calendar day as 'YYYY-MM-DD', checked to exist (2026-02-30 does not): JavaScript would roll
// it over to March and Postgres would refuse it, so neither may see it.
import { z } from 'zod';

export function isRealDate(s: string): boolean {
  const day = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(s);
}

export function calendarDate(example = '2026-03-10') {
  return z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `must be a date like ${example}`)
    .refine(isRealDate, 'must be a real date');
}
