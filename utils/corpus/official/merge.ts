/**
 * Merging sets read elsewhere (the seed, a page read by the extension) into the official ones.
 * The same set is recognised by its Zaak when the other side knows it, else by its content: the
 * questions' words (folded, footnotes already out) must largely agree. The official set wins —
 * its id, fields and text — and the other set's id (and its aliases) become the official set's
 * `aliases`, so a reader's history that holds the old id keeps finding the set.
 * Sets with no official counterpart are kept as they are.
 */
import type { KamerDocument } from '../model';
import { foldForMatch } from './fold';

/** Share of distinct question words two sets must share to be the same set. */
const SAME_SET = 0.8;

function words(doc: KamerDocument): Set<string> {
  const set = new Set<string>();
  for (const q of doc.questions) for (const w of foldForMatch(q.text)) set.add(w);
  return set;
}

/** Fewer shared words than this is no evidence, whatever the share (short, formulaic sets). */
const MIN_SHARED = 8;

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared < MIN_SHARED ? 0 : shared / (a.size + b.size - shared);
}

export interface MergeResult {
  documents: KamerDocument[];
  /** Other sets that became one with an official set: [old id, official id]. */
  merged: [string, string][];
  /** Other sets kept as they are (no official counterpart). */
  kept: number;
}

export function mergeSets(official: KamerDocument[], others: KamerDocument[]): MergeResult {
  const byZaak = new Map<string, KamerDocument>();
  // Inverted index word → official sets: candidates are the sets sharing the most words.
  const byWord = new Map<string, KamerDocument[]>();
  const cachedWords = new Map<KamerDocument, Set<string>>();
  const wordsOf = (d: KamerDocument) => {
    let w = cachedWords.get(d);
    if (!w) cachedWords.set(d, (w = words(d)));
    return w;
  };
  const result = official.map((d) => ({ ...d }));
  const ids = new Set(result.map((d) => d.id));
  for (const doc of result) {
    if (doc.zaak) byZaak.set(doc.zaak, doc);
    for (const w of new Set(doc.questions.slice(0, 2).flatMap((q) => foldForMatch(q.text)))) {
      const list = byWord.get(w);
      if (list) list.push(doc);
      else byWord.set(w, [doc]);
    }
  }
  const merged: [string, string][] = [];
  let kept = 0;
  for (const other of others) {
    let target = other.zaak ? byZaak.get(other.zaak) : undefined;
    if (!target) {
      const counts = new Map<KamerDocument, number>();
      const common = Math.max(50, result.length / 50);
      for (const w of new Set(other.questions.slice(0, 2).flatMap((q) => foldForMatch(q.text)))) {
        const list = byWord.get(w) ?? [];
        // Words nearly every set has say nothing about which set this is.
        if (list.length > common) continue;
        for (const c of list) counts.set(c, (counts.get(c) ?? 0) + 1);
      }
      const candidates = [...counts]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([c]) => c);
      let best = 0;
      for (const c of candidates) {
        const s = similarity(wordsOf(other), wordsOf(c));
        if (s >= SAME_SET && s > best) {
          best = s;
          target = c;
        }
      }
    }
    if (!target) {
      if (!ids.has(other.id)) {
        result.push(other);
        ids.add(other.id);
      }
      kept++;
      continue;
    }
    if (target.id === other.id) continue;
    const aliases = new Set(target.aliases ?? []);
    for (const old of [other.id, ...(other.aliases ?? [])]) if (old !== target.id) aliases.add(old);
    target.aliases = [...aliases].sort();
    merged.push([other.id, target.id]);
  }
  return { documents: result, merged, kept };
}
