import { describe, expect, test } from 'vitest';
import { Vocabulary, VOCAB_BLOCK, vocabBlocks } from '../../utils/search/vocabulary';

function vocabularyOf(terms: string[]): Vocabulary {
  return new Vocabulary(terms.join('\n'), vocabBlocks(terms), terms.length);
}

describe('vocabulary searched in its joined form', () => {
  // Enough terms for several blocks, with shared prefixes across block boundaries.
  const terms = [
    ...new Set(Array.from({ length: 5 * VOCAB_BLOCK + 7 }, (_, i) => `${['ka', 'kam', 'noo', 'noodf', 'z'][i % 5]}${(i * 7919).toString(36)}`)),
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
      expect(vocabulary.withPrefix(prefix, 1000)).toEqual(terms.filter((t) => t.startsWith(prefix)));
    }
    expect(vocabulary.withPrefix('noo', 3)).toEqual(terms.filter((t) => t.startsWith('noo')).slice(0, 3));
  });

  test('an empty vocabulary', () => {
    const empty = vocabularyOf([]);
    expect(empty.indexOf('x')).toBe(-1);
    expect(empty.withPrefix('x', 5)).toEqual([]);
  });
});
