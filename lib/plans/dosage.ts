// A prescription for one exercise, and how it reads to a patient.

export interface Dosage {
  sets: number;
  reps: number | null;
  holdSeconds: number | null;
  minutes: number | null;
  timesPerDay: number;
  daysPerWeek: number;
}

function times(n: number): string {
  return n === 1 ? 'once a day' : n === 2 ? 'twice a day' : `${n} times a day`;
}

/** "2 sets of 10, hold 5 s · twice a day · 5 days a week" */
export function describeDosage(d: Dosage): string {
  const work: string[] = [];
  if (d.minutes !== null) work.push(`${d.minutes} min`);
  if (d.reps !== null) work.push(d.sets === 1 ? `${d.reps} reps` : `${d.sets} sets of ${d.reps}`);
  else if (d.minutes === null) work.push(d.sets === 1 ? '1 set' : `${d.sets} sets`);
  if (d.holdSeconds !== null) work.push(`hold ${d.holdSeconds} s`);
  const week = d.daysPerWeek === 7 ? 'every day' : d.daysPerWeek === 1 ? '1 day a week' : `${d.daysPerWeek} days a week`;
  return [work.join(', '), times(d.timesPerDay), week].join(' · ');
}
