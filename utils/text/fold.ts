/**
 * Case and diacritics folding: "Mariëlle" and "marielle", "Kröger" and "kroger" must meet in the
 * index, because readers type without accents and the scrape is not consistent either.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower case without diacritics. Keeps the length of plain Latin text (offsets stay usable). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}
