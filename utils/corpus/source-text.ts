/**
 * Input normalisation: the same corpus saved with a BOM, CRLF line endings or non-breaking spaces
 * must parse to the same model (and the same ids), so every later step sees one canonical text.
 */

/** Characters that render as a space in the scrape but are not U+0020. */
const SPACE_LIKE = /[\u00A0\u2007\u202F\u2009\u200A]/g;
/** Invisible characters a copy-paste leaves behind; they would split words and ids. */
const INVISIBLE = /[\u200B\u200C\u200D\u2060\uFEFF]/g;

export interface SourceLines {
  lines: string[];
  /** Whether the text ended with a line break (a file cut mid-line usually does not). */
  endsWithNewline: boolean;
}

const ODD_SPACE = /[\u00A0\u2007\u202F\u2009\u200A\u200B\u200C\u200D\u2060\uFEFF]/;

export function normaliseLine(line: string): string {
  // Most lines need nothing: test once before rewriting.
  let out = ODD_SPACE.test(line) ? line.replace(INVISIBLE, '').replace(SPACE_LIKE, ' ') : line;
  const last = out.charCodeAt(out.length - 1);
  if (last === 32 || last === 9) out = out.replace(/[ \t]+$/, '');
  return out;
}

export function sourceLines(text: string): SourceLines {
  // One NFC pass over the whole text is far cheaper than one per line.
  const unified = (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).normalize('NFC');
  const endsWithNewline = unified.endsWith('\n');
  const raw = unified.split('\n');
  if (endsWithNewline) raw.pop();
  return { lines: raw.map(normaliseLine), endsWithNewline };
}
