// Decision 047 ("Counting the whole table"): Prisma 7 answers a relation `_count` in a select with
// a join to `SELECT fk, COUNT(*) FROM <table> GROUP BY fk` over the whole table, so its cost grows
// with the network, not with what is shown. No query of ours may ask for one.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('relation counts', () => {
  it('no select asks Prisma for a relation _count', () => {
    const offenders = ['lib', 'app'].flatMap((root) =>
      sources(path.join(process.cwd(), root)).filter((file) =>
        /_count\s*:\s*\{\s*select\s*:/.test(fs.readFileSync(file, 'utf8')),
      ),
    );
    expect(offenders.map((f) => path.relative(process.cwd(), f))).toEqual([]);
  });
});
