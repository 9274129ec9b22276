// The month an RTM page shows: `?month=YYYY-MM` when valid, else the current one.
import { rtmMonth } from '@/lib/rtm/schemas';
import { currentMonth } from '@/lib/rtm/rtm-rules';
import type { SearchParams } from '@/app/_components/search-params';

export function pickMonth(params: SearchParams): { month: string; problem: string } {
  const raw = params.month;
  if (raw === undefined || raw === '') return { month: currentMonth(), problem: '' };
  const parsed = rtmMonth.safeParse(raw);
  return parsed.success ? { month: parsed.data, problem: '' } : { month: currentMonth(), problem: 'That month is not valid; showing this month instead.' };
}
