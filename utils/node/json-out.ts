/**
 * The corpus as JSON on a stream, one set at a time: the same text as
 * `JSON.stringify(corpus, null, 2)`, without ever holding it as one string (50,000 official sets
 * come near V8's string limit).
 */
import type { Corpus } from '../corpus/model';

const indent = (json: string, by: string) => json.split('\n').join('\n' + by);

export function writeCorpusJson(corpus: Corpus, write: (chunk: string) => void): void {
  const { documents, warnings, ...rest } = corpus as Corpus & Record<string, unknown>;
  if (documents.length === 0) write('{\n  "documents": [],\n');
  else {
    write('{\n  "documents": [\n');
    documents.forEach((doc, i) => {
      write(
        '    ' +
          indent(JSON.stringify(doc, null, 2), '    ') +
          (i < documents.length - 1 ? ',\n' : '\n'),
      );
    });
    write('  ],\n');
  }
  const tail: Record<string, unknown> = { warnings, ...rest };
  const keys = Object.keys(tail);
  keys.forEach((key, i) => {
    write(
      `  ${JSON.stringify(key)}: ${indent(JSON.stringify(tail[key], null, 2), '  ')}${i < keys.length - 1 ? ',' : ''}\n`,
    );
  });
  write('}\n');
}
