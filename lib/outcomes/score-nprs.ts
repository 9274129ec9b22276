// Numeric Pain Rating Scale: one whole number, 0 (no pain) to 10 (worst pain imaginable). Pure.

export type PainBand = 'NONE' | 'MILD' | 'MODERATE' | 'SEVERE';

export const NPRS_BANDS: readonly { band: PainBand; upTo: number; label: string }[] = [
  { band: 'NONE', upTo: 0, label: 'No pain (0)' },
  { band: 'MILD', upTo: 3, label: 'Mild pain (1–3)' },
  { band: 'MODERATE', upTo: 6, label: 'Moderate pain (4–6)' },
  { band: 'SEVERE', upTo: 10, label: 'Severe pain (7–10)' },
];

export type NprsResult = { ok: true; score: number; band: PainBand; bandLabel: string } | { ok: false; reason: string };

export function scoreNprs(rating: number | null | undefined): NprsResult {
  if (rating === null || rating === undefined) return { ok: false, reason: 'A pain rating is required.' };
  if (!Number.isInteger(rating) || rating < 0 || rating > 10)
    return { ok: false, reason: 'Pain is rated with a whole number from 0 to 10.' };
  const band = NPRS_BANDS.find((b) => rating <= b.upTo)!;
  return { ok: true, score: rating, band: band.band, bandLabel: band.label };
}
