/**
 * Footnote markers glued to the text by the scrape ("Knol?1", "c.s.3", "jl.,1", "gedaan?2 3",
 * "8 april6,", "«veilig»»1?", "data».12", "vermogen.15Dit") are removed and kept as numbers.
 * Tokens that merely end in digits are not markers: "M365", "D9+" and "DWR2.0" are capitals with
 * a number, "100.000" and "56,3" are numbers, "artikel 14" has a space, "nr.12" is a number.
 *
 * A hand-written scan rather than one regular expression: this runs over every line of a corpus
 * of tens of megabytes, and only the few places where a digit touches a non-space are examined.
 */

export interface StrippedText {
  text: string;
  footnotes: number[];
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10;
const isLower = (ch: string) =>
  (ch >= 'a' && ch <= 'z') || (ch > '\u007f' && ch !== ch.toUpperCase() && ch === ch.toLowerCase());
const isUpper = (ch: string) =>
  (ch >= 'A' && ch <= 'Z') || (ch > '\u007f' && ch !== ch.toLowerCase() && ch === ch.toUpperCase());
const isLetter = (ch: string | undefined) => ch !== undefined && (isLower(ch) || isUpper(ch));
/** Closing marks a marker may follow directly: "?1", "»1", ")1". */
const CLOSERS = '?!»”)]';
/** What may follow a marker: end, space, punctuation, closing quote. */
const AFTER = '.,;:?!»”)]';

/** Length of the marker starting at `i` (digits already known to start there), or 0. */
function markerAt(text: string, i: number): number {
  let k = i;
  while (k < text.length && isDigit(text.charCodeAt(k))) k++;
  const length = k - i;
  if (length > 3 || text[i] === '0') return 0;
  const after = text[k];
  const atEnd = k === text.length;
  const plainAfter = atEnd || isSpace(text.charCodeAt(k)) || AFTER.includes(after);
  const prev = text[i - 1];
  if (CLOSERS.includes(prev)) return plainAfter ? length : 0;
  if ('.,;:'.includes(prev)) {
    const before = text[i - 2];
    const glued =
      isLetter(before) ||
      '»”)]'.includes(before) ||
      (prev === ',' && before === '.' && isLetter(text[i - 3]));
    if (glued) {
      if (prev === '.' && text.slice(i - 3, i) === 'nr.') return 0;
      const ok =
        atEnd ||
        isSpace(text.charCodeAt(k)) ||
        '»”)'.includes(after) ||
        (isUpper(after) && isLower(text[k + 1] ?? ''));
      return ok ? length : 0;
    }
    // "27 maart 2025.28" at the very end: a year, a full stop, a marker.
    if (
      prev === '.' &&
      atEnd &&
      length <= 2 &&
      /(?:^|\D)\d{4}$/.test(text.slice(Math.max(0, i - 6), i - 1))
    )
      return length;
    return 0;
  }
  if (isLower(prev) && isLower(text[i - 2] ?? '') && isLetter(text[i - 3]))
    return plainAfter ? length : 0;
  return 0;
}

export function stripFootnotes(text: string): StrippedText {
  const footnotes: number[] = [];
  let out = '';
  let from = 0;
  // The regex engine finds the few digits that touch a non-space; the checks are by hand.
  const candidates = /[^\s\d][1-9]/g;
  for (let m = candidates.exec(text); m; m = candidates.exec(text)) {
    const i = m.index + 1;
    if (i < from) continue;
    const length = markerAt(text, i);
    if (length === 0) continue;
    let end = i + length;
    const numbers = [Number(text.slice(i, end))];
    // "gedaan?2 3": more markers separated by spaces, only when they run to the end.
    if (CLOSERS.includes(text[i - 1]) && /^(?: [1-9]\d{0,2})+$/.test(text.slice(end))) {
      for (const n of text.slice(end).trim().split(' ')) numbers.push(Number(n));
      end = text.length;
    }
    footnotes.push(...numbers);
    out += text.slice(from, i);
    // "vermogen.15Dit": the marker stood in for the space.
    if (end < text.length && isLetter(text[end])) out += ' ';
    from = end;
    candidates.lastIndex = Math.max(candidates.lastIndex, end - 1);
  }
  if (from === 0) return { text: text.trim(), footnotes };
  out += text.slice(from);
  return { text: out.replace(/ {2,}/g, ' ').trim(), footnotes };
}
