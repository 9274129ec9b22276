// Issue 16 part 5: the clinic's advice for low back pain that hurts lying down is to stretch
// "before bed and in the morning"; the starter templates the seed writes say so.
import { describe, expect, it } from 'vitest';
import { STARTER_EXERCISES, STARTER_TEMPLATES } from '@/prisma/exercise-library';

const category = new Map(STARTER_EXERCISES.map((e) => [e.slug, e.category]));

describe('starter plan templates', () => {
  it('plan every stretch in the morning and before bed, with enough sessions a day for both', () => {
    const stretches = STARTER_TEMPLATES.flatMap((t) =>
      t.items.filter((i) => category.get(i.slug) === 'STRETCHING').map((i) => ({ template: t.name, ...i })),
    );
    expect(stretches.length).toBeGreaterThan(0);
    for (const s of stretches) {
      expect(s.timesOfDay, `${s.template}: ${s.slug}`).toEqual(['MORNING', 'BEFORE_BED']);
      expect(s.timesPerDay ?? 1, `${s.template}: ${s.slug}`).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(['Acute low back pain', 'Sciatica', 'Lumbar osteoarthritis'])(
    'give the %s template a stretch for the night',
    (name) => {
      const template = STARTER_TEMPLATES.find((t) => t.name.startsWith(name));
      expect(template?.items.some((i) => category.get(i.slug) === 'STRETCHING' && i.timesOfDay?.includes('BEFORE_BED'))).toBe(
        true,
      );
    },
  );

  it('use only exercises from the library', () => {
    for (const t of STARTER_TEMPLATES) for (const i of t.items) expect(category.has(i.slug), `${t.name}: ${i.slug}`).toBe(true);
  });
});
