/**
 * Footnote markers glued to the text by the scrape ("Knol?1", "c.s.3", "jl.,1", "gedaan?2 3",
 * "8 april6,", "«veilig»»1?") are removed and kept as numbers. Tokens that merely end in digits
 * are not markers: "M365", "D9+" and "DWR2.0" are capitals with a number, "100.000" and "56,3"
 * are numbers, "artikel 14" has a space. So a marker must follow either closing punctuation that
 * does not follow a digit, or a lowercase word of at least three letters.
 */

export interface StrippedText {
  text: string;
  footnotes: number[];
}

// Alternatives, each capturing the marker digits in its own group:
// 1. after ? ! » ” ) ] : one marker, or several separated by spaces when they end the text;
// 2. after . , ; : that follows a letter (c.s.3, jl.,1, Ceder-Boswijk.14);
// 3. glued to a lowercase word of 3+ letters (april6, weerspiegelt1, Kamminga22);
// 4. after a year and a full stop at the very end ("27 maart 2025.28").
const MARKER = new RegExp(
  [
    String.raw`(?<=[?!»”)\]])(\d{1,3}(?: \d{1,3})+$|\d{1,3}(?=[\s.,;:?!»”)]|$))`,
    String.raw`(?<=\p{L}[.,;:]|\p{L}\.,)(\d{1,3})(?=[\s»”)]|$)`,
    String.raw`(?<=\p{L}\p{Ll}{2})(\d{1,3})(?=[\s.,;:?!»”)\]]|$)`,
    String.raw`(?<=(?:^|\D)\d{4}\.)(\d{1,2})$`,
  ].join('|'),
  'gu',
);

export function stripFootnotes(text: string): StrippedText {
  const footnotes: number[] = [];
  const stripped = text.replace(MARKER, (match: string) => {
    for (const part of match.split(' ')) {
      const n = Number(part);
      // "0" or "007" are never footnote numbers: leave such tokens alone.
      if (n === 0 || part.startsWith('0')) return match;
    }
    for (const part of match.split(' ')) footnotes.push(Number(part));
    return '';
  });
  return { text: stripped.replace(/ {2,}/g, ' ').trim(), footnotes };
}
