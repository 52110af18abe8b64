/**
 * The one error the corpus core throws on input it cannot read as a corpus. The CLI prints it as
 * a single line; anything else escaping the parser is a bug.
 */
export class CorpusError extends Error {
  readonly file: string;
  readonly line?: number;

  constructor(message: string, file: string, line?: number) {
    super(line === undefined ? `${file}: ${message}` : `${file}:${line}: ${message}`);
    this.name = 'CorpusError';
    this.file = file;
    this.line = line;
  }
}
