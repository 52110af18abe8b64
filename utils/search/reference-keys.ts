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

export function referenceKey(ref: Reference): ReferenceKey | null {
  if ((ref.kind === 'motion' || ref.kind === 'kamerstuk') && ref.kamerstuk) {
    return { key: kamerstukKey(ref.kamerstuk), label: ref.label, isMotion: ref.kind === 'motion' };
  }
  if (ref.kind === 'news') {
    const title = fold(ref.label || ref.text)
      .replace(/[«»"“”]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (title.length < 8) return null;
    return { key: `news:${title}`, label: ref.label || ref.text, isMotion: false };
  }
  return null;
}
