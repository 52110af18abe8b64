import { describe, expect, it } from 'vitest';
import { writeCorpusJson } from '../../../utils/node/json-out';
import { parseCorpus } from '../../../utils/corpus/parse';
import { readFileSync } from 'node:fs';

const out = (corpus: Parameters<typeof writeCorpusJson>[0]) => {
  let text = '';
  writeCorpusJson(corpus, (c) => (text += c));
  return text;
};

describe('writeCorpusJson', () => {
  it('writes exactly what JSON.stringify(corpus, null, 2) would', () => {
    const corpus = parseCorpus(readFileSync('assets/corpus/kamervragen-seed.txt', 'utf8'));
    corpus.warnings.push({ line: 3, code: 'x', message: 'y' });
    expect(out(corpus)).toBe(JSON.stringify(corpus, null, 2) + '\n');
    const empty = { documents: [], warnings: [] };
    expect(out(empty)).toBe(JSON.stringify(empty, null, 2) + '\n');
  });
});
