// Oswestry Disability Index scoring (Fairbank & Pynsent 2000). Pure.
//
// Ten sections scored 0–5. The index is the points scored as a percentage of the points possible:
// total / (5 × sections answered) × 100, so a skipped section (often "sex life") does not count
// against the patient. With more than two sections skipped the result is not reliable and is not
// scored (a common clinical rule; the database refuses such a score too). Rounded to one decimal.

export const ODI_SECTION_COUNT = 10;
export const ODI_MAX_SKIPPED = 2;

export type OswestryAnswers = readonly (number | null)[];

export type OswestryBand = 'MINIMAL' | 'MODERATE' | 'SEVERE' | 'CRIPPLED' | 'BED_BOUND';

/** The standard interpretation bands (Fairbank & Pynsent 2000). */
export const ODI_BANDS: readonly { band: OswestryBand; upTo: number; label: string; meaning: string }[] = [
  {
    band: 'MINIMAL',
    upTo: 20,
    label: 'Minimal disability (0–20 %)',
    meaning:
      'Can cope with most living activities; usually no treatment is needed beyond advice on lifting, sitting and exercise.',
  },
  {
    band: 'MODERATE',
    upTo: 40,
    label: 'Moderate disability (21–40 %)',
    meaning: 'More pain and difficulty with sitting, lifting and standing; travel and social life are more difficult.',
  },
  {
    band: 'SEVERE',
    upTo: 60,
    label: 'Severe disability (41–60 %)',
    meaning: 'Pain remains the main problem; activities of daily living are affected.',
  },
  { band: 'CRIPPLED', upTo: 80, label: 'Crippling back pain (61–80 %)', meaning: 'Back pain impinges on all aspects of life.' },
  {
    band: 'BED_BOUND',
    upTo: 100,
    label: 'Bed-bound or exaggerating symptoms (81–100 %)',
    meaning: 'Either bed-bound or exaggerating their symptoms.',
  },
];

export type OswestryResult =
  | { ok: true; percent: number; points: number; answered: number; band: OswestryBand; bandLabel: string }
  | { ok: false; reason: string };

export function oswestryBand(percent: number): (typeof ODI_BANDS)[number] {
  // Bands are whole percents; a fractional result (e.g. 20.5 % with a skipped section) falls in
  // the band its rounded value names.
  const whole = Math.round(percent);
  return ODI_BANDS.find((b) => whole <= b.upTo) ?? ODI_BANDS[ODI_BANDS.length - 1]!;
}

export function scoreOswestry(answers: OswestryAnswers): OswestryResult {
  if (answers.length !== ODI_SECTION_COUNT)
    return { ok: false, reason: `Expected ${ODI_SECTION_COUNT} sections, got ${answers.length}.` };
  let points = 0;
  let answered = 0;
  for (const [i, a] of answers.entries()) {
    if (a === null) continue;
    if (!Number.isInteger(a) || a < 0 || a > 5) return { ok: false, reason: `Section ${i + 1} must be scored 0–5.` };
    points += a;
    answered++;
  }
  if (ODI_SECTION_COUNT - answered > ODI_MAX_SKIPPED) {
    return { ok: false, reason: `Answer at least ${ODI_SECTION_COUNT - ODI_MAX_SKIPPED} of the ${ODI_SECTION_COUNT} sections.` };
  }
  const percent = Math.round((points / (5 * answered)) * 1000) / 10;
  const band = oswestryBand(percent);
  return { ok: true, percent, points, answered, band: band.band, bandLabel: band.label };
}
