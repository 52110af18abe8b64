import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../../utils/corpus/parse';
import { seedCorpus, seedText } from '../../support/seed';

/** Records of the seed as text blocks, split at each title line (a line ending " |" followed by "|"). */
function recordBlocks(text: string): string[] {
  const lines = text.split('\n');
  const blocks: string[][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (/ \|$/.test(lines[i]) && lines[i + 1] === '|' && !(i >= 1 && lines[i - 1] === '|'))
      blocks.push([]);
    blocks[blocks.length - 1].push(lines[i]);
  }
  return blocks.map((b) => b.join('\n'));
}

const ids = (text: string) =>
  parseCorpus(text)
    .documents.map((d) => d.id)
    .sort();
const baseline = seedCorpus()
  .documents.map((d) => d.id)
  .sort();

describe('content-derived ids', () => {
  it('are unique and shaped kv-…', () => {
    expect(new Set(baseline).size).toBe(19);
    for (const id of baseline) expect(id).toMatch(/^kv-[0-9a-z]{11}$/);
  });

  it('do not change when the records are reordered', () => {
    const blocks = recordBlocks(seedText);
    expect(blocks).toHaveLength(23);
    expect(ids([...blocks].reverse().join('\n') + '\n')).toEqual(baseline);
    const shuffled = blocks
      .map((b, i) => ({ b, k: (i * 7919) % 23 }))
      .sort((x, y) => x.k - y.k)
      .map((x) => x.b);
    expect(ids(shuffled.join('\n'))).toEqual(baseline);
  });

  it('do not change with CRLF line endings, a BOM or non-breaking spaces', () => {
    expect(ids(seedText.replace(/\n/g, '\r\n'))).toEqual(baseline);
    expect(ids('\uFEFF' + seedText)).toEqual(baseline);
    expect(
      ids(
        seedText.replace(/ (?=[a-z])/g, (m, offset: number) => (offset % 5 === 0 ? '\u00A0' : m)),
      ),
    ).toEqual(baseline);
    // And the parsed text reads the same.
    const crlf = parseCorpus('\uFEFF' + seedText.replace(/\n/g, '\r\n'));
    expect(crlf.documents.map((d) => d.questions.map((q) => q.text))).toEqual(
      seedCorpus().documents.map((d) => d.questions.map((q) => q.text)),
    );
  });

  it('do not change when the corpus grows: new sets, or answers arriving for an unanswered set', () => {
    const extra =
      'Een nieuwe set over iets anders |\n|\nJan Jansen (VVD) |\n|\nHenk de Vries (minister ) |\n|\nKlopt het bericht?\n';
    const grown = ids(seedText + '\n' + extra);
    expect(grown).toHaveLength(20);
    expect(baseline.every((id) => grown.includes(id))).toBe(true);
    // The set at line 206 is unanswered; give its first question an answer.
    const answered = seedText.replace(
      'Bent u bekend met het bericht «Demissionair de cloud in denderen: doe het niet»?1\n',
      '$&Ja, dat bericht ken ik.\n',
    );
    expect(answered).not.toBe(seedText);
    const corpus = parseCorpus(answered);
    expect(corpus.documents.map((d) => d.id).sort()).toEqual(baseline);
    expect(corpus.documents.find((d) => d.lines[0] === 206)!.status).toBe('partially-answered');
  });

  it('differ between sibling sets that differ only in addressees', () => {
    const siblings = seedCorpus().documents.filter(
      (d) => d.title === 'De groeiende afhankelijkheid van Amerikaanse techgiganten',
    );
    expect(siblings).toHaveLength(8);
    expect(new Set(siblings.map((d) => d.id)).size).toBe(8);
  });
});
