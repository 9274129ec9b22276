// The month an RTM page asked for: `?month=YYYY-MM` when valid; undefined (the report's default:
// the therapist's own month, UTC for admins) when absent or not valid.
import { rtmMonth } from '@/lib/rtm/schemas';
import type { SearchParams } from '@/app/_components/search-params';

export function pickMonth(params: SearchParams): { month: string | undefined; problem: string } {
  const raw = params.month;
  if (raw === undefined || raw === '') return { month: undefined, problem: '' };
  const parsed = rtmMonth.safeParse(raw);
  return parsed.success
    ? { month: parsed.data, problem: '' }
    : { month: undefined, problem: 'That month is not valid; showing this month instead.' };
}
