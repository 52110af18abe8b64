/**
 * Which references make two sets "about the same thing": a Kamerstuk or motion by its number,
 * a news item by its (folded) title. A motion known only by name is left out on purpose: one name
 * can denote several motions (DESIGN.md §1), so a name alone must never link two sets.
 */
import type { Reference } from '../corpus/model';
import { fold } from '../text';

export interface ReferenceKey {
  key: string;
  label: string;
  isMotion: boolean;
}

export function kamerstukKey(kamerstuk: string): string {
  return `kst:${kamerstuk.replace(/\s+/g, '')}`;
}

function foldedTitle(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The keys under which a reference meets the same reference in other sets, most precise first.
 * A Kamerstuk with a title in «…» ("initiatiefnota «Wolken aan de horizon»") is also keyed by
 * that title, so a set that names it without its number still meets one that cites both.
 */
export function referenceKeys(ref: Reference): ReferenceKey[] {
  const keys: ReferenceKey[] = [];
  if ((ref.kind === 'motion' || ref.kind === 'kamerstuk') && ref.kamerstuk) {
    keys.push({
      key: kamerstukKey(ref.kamerstuk),
      label: ref.label,
      isMotion: ref.kind === 'motion',
    });
  }
  if (ref.kind === 'kamerstuk') {
    const title = /«([^»]{8,})»/.exec(ref.label || ref.text)?.[1];
    if (title)
      keys.push({
        key: `title:${foldedTitle(title)}`,
        label: ref.label || ref.text,
        isMotion: false,
      });
  }
  if (ref.kind === 'news') {
    const title = foldedTitle(ref.label || ref.text);
    if (title.length >= 8)
      keys.push({ key: `news:${title}`, label: ref.label || ref.text, isMotion: false });
  }
  return keys;
}
