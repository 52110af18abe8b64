import { describe, expect, test } from 'vitest';
import {
  compareAt,
  tailOrder,
  Vocabulary,
  VOCAB_BLOCK,
  vocabBlocks,
} from '../../../utils/index-build/vocabulary';

function vocabularyOf(terms: string[]): Vocabulary {
  return new Vocabulary(terms.join('\n'), vocabBlocks(terms), terms.length);
}

describe('vocabulary searched in its joined form', () => {
  // Enough terms for several blocks, with shared prefixes across block boundaries.
  const terms = [
    ...new Set(
      Array.from(
        { length: 5 * VOCAB_BLOCK + 7 },
        (_, i) => `${['ka', 'kam', 'noo', 'noodf', 'z'][i % 5]}${(i * 7919).toString(36)}`,
      ),
    ),
  ].sort();
  const vocabulary = vocabularyOf(terms);

  test('every term is found at its index, and termAt gives it back', () => {
    terms.forEach((term, i) => {
      expect(vocabulary.indexOf(term)).toBe(i);
      expect(vocabulary.termAt(i)).toBe(term);
    });
  });

  test('absent terms, before the first and after the last', () => {
    expect(vocabulary.indexOf('a')).toBe(-1);
    expect(vocabulary.indexOf('zzzzzz')).toBe(-1);
    expect(vocabulary.indexOf(`${terms[10]}x`)).toBe(-1);
  });

  test('prefix ranges agree with filtering the sorted list', () => {
    for (const prefix of ['ka', 'kam', 'noo', 'noodf', 'z', 'q', terms[40].slice(0, 4)]) {
      expect(vocabulary.withPrefix(prefix, 1000)).toEqual(
        terms.filter((t) => t.startsWith(prefix)),
      );
    }
    expect(vocabulary.withPrefix('noo', 3)).toEqual(
      terms.filter((t) => t.startsWith('noo')).slice(0, 3),
    );
  });

  test('tail ranges (terms without their first two letters) agree with filtering the list', () => {
    const byTail = tailOrder(terms);
    for (const key of ['a', 'oo', 'odf', terms[17].slice(2, 5), terms[3].slice(2), 'zzz']) {
      const expected = terms
        .filter((t) => t.slice(2).startsWith(key))
        .sort((a, b) =>
          a.slice(2) < b.slice(2) ? -1 : a.slice(2) > b.slice(2) ? 1 : a < b ? -1 : 1,
        );
      expect([key, vocabulary.withTailPrefix(byTail, key, 1000, () => true)]).toEqual([
        key,
        expected,
      ]);
    }
    const short = terms.filter((t) => t.slice(2).startsWith('a') && t.length < 6);
    expect(vocabulary.withTailPrefix(byTail, 'a', 1000, (t) => t.length < 6)).toEqual(
      expect.arrayContaining(short),
    );
  });

  test('compareAt orders a term in the joined text like < on strings', () => {
    const text = 'abc\nabd\nab';
    expect(Math.sign(compareAt(text, 0, 'abc'))).toBe(0);
    expect(Math.sign(compareAt(text, 0, 'abd'))).toBe(-1);
    expect(Math.sign(compareAt(text, 0, 'ab'))).toBe(1);
    expect(Math.sign(compareAt(text, 4, 'abc'))).toBe(1);
    expect(Math.sign(compareAt(text, 8, 'abc'))).toBe(-1);
    expect(Math.sign(compareAt(text, 8, 'ab'))).toBe(0);
  });

  test('an empty vocabulary', () => {
    const empty = vocabularyOf([]);
    expect(empty.indexOf('x')).toBe(-1);
    expect(empty.withPrefix('x', 5)).toEqual([]);
  });
});
