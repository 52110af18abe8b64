/** Words of a text for comparing sets: lower case, accents off, words of three letters or more, and numbers. */
export function foldForMatch(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3 || /^\d+$/.test(w));
}
