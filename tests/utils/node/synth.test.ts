import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../../utils/corpus/parse';
import { synthCorpus } from '../../../utils/node/synth';
import { seedText } from '../../support/seed';

describe('synthCorpus', () => {
  const text = synthCorpus(seedText, { sets: 1500, seed: 11 });
  const corpus = parseCorpus(text, 'synth');

  it('is deterministic for a seed and differs between seeds', () => {
    expect(synthCorpus(seedText, { sets: 50, seed: 11 })).toBe(
      synthCorpus(seedText, { sets: 50, seed: 11 }),
    );
    expect(synthCorpus(seedText, { sets: 50, seed: 12 })).not.toBe(
      synthCorpus(seedText, { sets: 50, seed: 11 }),
    );
  });

  it('writes the seed format: every record parses, nothing is cut or outside a record', () => {
    expect(corpus.warnings).toEqual([]);
    const headers = text
      .split('\n')
      .filter((l, i, all) => / \|$/.test(l) && all[i + 1] === '|' && all[i - 1] !== '|').length;
    expect(headers).toBe(1500);
    // Verbatim repeats are merged, so a few sets fewer than records.
    expect(corpus.documents.length).toBeLessThan(1500);
    expect(corpus.documents.length).toBeGreaterThan(1450);
    expect(
      corpus.documents.filter((d) => d.warnings.some((w) => w.code === 'malformed-header')),
    ).toEqual([]);
  });

  it('varies titles, people and status, with joint answers and sibling sets', () => {
    const titles = new Set(corpus.documents.map((d) => d.title));
    expect(titles.size).toBeGreaterThan(300);
    const people = new Set(corpus.documents.flatMap((d) => d.submitters.map((p) => p.name)));
    expect(people.size).toBeGreaterThan(100);
    const status = new Map<string, number>();
    for (const d of corpus.documents) status.set(d.status, (status.get(d.status) ?? 0) + 1);
    for (const s of ['answered', 'unanswered', 'partially-answered'])
      expect(status.get(s)).toBeGreaterThan(100);
    expect(corpus.documents.some((d) => d.questions.some((q) => q.answeredWith.length > 1))).toBe(
      true,
    );
    const bySiblingKey = new Map<string, Set<string>>();
    for (const d of corpus.documents) {
      const key = d.title + '|' + d.submitters.map((p) => p.name).join(',');
      if (!bySiblingKey.has(key)) bySiblingKey.set(key, new Set());
      bySiblingKey.get(key)!.add(d.addressees.map((p) => p.name).join(','));
    }
    expect([...bySiblingKey.values()].filter((a) => a.size >= 2).length).toBeGreaterThan(20);
  });

  it('carries motions in several citation spellings, and siblings resolve uncited ones', () => {
    const motions = corpus.documents.flatMap((d) =>
      d.references.filter((r) => r.kind === 'motion'),
    );
    expect(motions.length).toBeGreaterThan(300);
    const spellings = new Set(
      motions
        .filter((r) => r.resolvedBy === 'citation')
        .map((r) =>
          r.text.replace(/^.*?([(\[])Kamerstuk(ken II \d{4}\/\d{2})?.*?(, nr\.|-).*$/, '$1$2$3'),
        ),
    );
    expect(spellings.size).toBeGreaterThanOrEqual(3);
    expect(motions.some((r) => r.resolvedBy === 'sibling')).toBe(true);
  });
});
