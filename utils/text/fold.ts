/**
 * Case and diacritics folding: "Mariëlle" and "marielle", "Kröger" and "kroger" must meet in the
 * index, because readers type without accents and the scrape is not consistent either.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower case without diacritics. Keeps the length of plain Latin text (offsets stay usable). */
const ASCII = /^[\x00-\x7f]*$/;

export function fold(text: string): string {
  // Most words are plain ASCII; skipping Unicode normalisation for them halves tokenizing time.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}
