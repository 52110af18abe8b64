import { describe, expect, it } from 'vitest';
import { CorpusError } from '../../../utils/corpus/errors';
import { parseCorpus } from '../../../utils/corpus/parse';
import { seedText } from '../../support/seed';

function rejects(text: string, line?: number): CorpusError {
  try {
    parseCorpus(text, 'odd.txt');
  } catch (error) {
    expect(error).toBeInstanceOf(CorpusError);
    const e = error as CorpusError;
    expect(e.file).toBe('odd.txt');
    expect(e.line).toBe(line);
    expect(e.message.startsWith(line === undefined ? 'odd.txt: ' : `odd.txt:${line}: `)).toBe(true);
    return e;
  }
  throw new Error('parseCorpus accepted it');
}

const RECORD =
  'Titel van een set |\n|\nJan Jansen (VVD) |\n|\nHenk de Vries (minister ) |\n|\n![]() |\nKlopt het bericht?1\nJa.\n';

describe('parseCorpus on odd input', () => {
  it('rejects empty, whitespace-only, HTML, binary and record-less text with CorpusError', () => {
    rejects('');
    rejects(' \n\n\t\n');
    rejects('<!DOCTYPE html>\n<html lang="nl"><body>Kamervragen</body></html>', 1);
    rejects('\uFEFF<html><head></head></html>', 1);
    rejects('Titel |\n|\nab\u0000cd\n', 3);
    rejects('Gewone tekst zonder kopregels.\nNog een regel?\n');
  });

  it('parses a minimal record and reads its parts', () => {
    const [doc] = parseCorpus(RECORD).documents;
    expect(doc).toMatchObject({
      title: 'Titel van een set',
      status: 'answered',
      lines: [1],
      warnings: [],
    });
    expect(doc.questions).toEqual([
      {
        number: 1,
        text: 'Klopt het bericht?',
        footnotes: [1],
        answer: 'Ja.',
        answerFootnotes: [],
        answeredWith: [],
        line: 8,
      },
    ]);
  });

  it('warns about a malformed header with its line and still reads the questions', () => {
    const noAddressees = 'Titel zonder geadresseerden |\n|\nJan Jansen (VVD) |\n|\nKlopt het?\n';
    const [doc] = parseCorpus(noAddressees).documents;
    expect(doc.warnings).toEqual([expect.objectContaining({ code: 'malformed-header', line: 1 })]);
    expect(doc.addressees).toEqual([]);
    expect(doc.questions).toHaveLength(1);
    const noBar = 'Titel |\nJan Jansen (VVD) |\n|\nHenk de Vries (minister ) |\n|\nKlopt het?\n';
    expect(parseCorpus(noBar).documents[0].warnings.map((w) => [w.code, w.line])).toEqual([
      ['malformed-header', 1],
    ]);
  });

  it('warns about text before the first record and ignores it', () => {
    const corpus = parseCorpus('Een losse regel vooraf.\n' + RECORD);
    expect(corpus.warnings).toEqual([expect.objectContaining({ code: 'outside-record', line: 1 })]);
    expect(corpus.documents).toHaveLength(1);
  });

  it('keeps the complete records of a cut file and names the cut one', () => {
    const cut = seedText.slice(0, seedText.indexOf('Kunt u bevestigen dat het UWV') + 30);
    const corpus = parseCorpus(cut);
    expect(corpus.documents.map((d) => d.lines[0])).toEqual([1, 66, 96, 139, 186, 206]);
    expect(corpus.warnings).toEqual([expect.objectContaining({ code: 'truncated', line: 225 })]);
    // A header with nothing after it is cut too.
    expect(parseCorpus(RECORD + 'Nog een titel |\n|\n').warnings.map((w) => w.code)).toEqual([
      'truncated',
    ]);
    rejects('Alleen een titel |\n|\nJan |', 1);
  });

  it('does not take a complete last line without a final newline for a cut', () => {
    expect(parseCorpus(RECORD.trimEnd()).warnings).toEqual([]);
  });
});
