// How long patient and therapist were in the room together: the overlap of the union of each
// side's connections (a reconnect makes a second connection; the two must not count twice).
export interface Stay {
  joinedAt: Date;
  leftAt: Date | null;
}

type Span = [number, number];

function union(stays: Stay[], until: Date): Span[] {
  const spans = stays
    .map((s): Span => [s.joinedAt.getTime(), Math.min((s.leftAt ?? until).getTime(), until.getTime())])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

/** Whole seconds both sides were present; a stay still open counts until `until`. */
export function overlapSeconds(patient: Stay[], therapist: Stay[], until: Date): number {
  const a = union(patient, until);
  const b = union(therapist, until);
  let ms = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [aStart, aEnd] = a[i]!;
    const [bStart, bEnd] = b[j]!;
    ms += Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
    if (aEnd < bEnd) i++;
    else j++;
  }
  return Math.floor(ms / 1000);
}
