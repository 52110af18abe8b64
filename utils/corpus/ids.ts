/**
 * Content-derived ids. The seed has no official identifiers, so a set's id hashes what makes it
 * that set — title, submitters, addressees and question texts — and leaves out what changes as it
 * lives (answers arriving, position in the file, encoding, footnote numbering).
 */

/** cyrb53: a fast 53-bit string hash, plenty for tens of thousands of sets. */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

function canonical(text: string): string {
  // Lines are NFC, trimmed and free of NBSP already (source-text); inner runs of spaces are the
  // only difference left that should not make another set.
  return text.includes('  ') ? text.replace(/\s+/g, ' ') : text;
}

export interface IdParts {
  title: string;
  submitters: string[];
  addressees: string[];
  questions: string[];
}

export function documentId(parts: IdParts): string {
  const key = [
    parts.title,
    parts.submitters.join(','),
    parts.addressees.join(','),
    ...parts.questions,
  ]
    .map(canonical)
    .join('\n');
  return 'kv-' + hash53(key).toString(36).padStart(11, '0');
}
