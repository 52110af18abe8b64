/**
 * Cross-corpus resolution, as a reader would do it: the same motion cited in one set and left
 * uncited (or with only a footnote) in a sibling set with the same wording gets the citation too;
 * a dossier number mistyped in one set ("6643, nr. 1320") is corrected from the same motion cited
 * correctly elsewhere. A name alone never decides — motie-Kathmann is 26643-1302 in one set and
 * 26643-1315 in others — so the sentence around the reference must match as well.
 */
import type { KamerDocument, Reference } from './model';
import { contentStems } from './lexical-fit';

/** Share of content words two sentences must have in common to count as the same wording. */
const SAME_WORDING = 0.5;

interface Entry {
  doc: KamerDocument;
  ref: Reference;
  stems: Set<string>;
}

function contextText(doc: KamerDocument, ref: Reference): string {
  if (ref.in === 'title' || ref.question === null) return doc.title;
  const q = doc.questions[ref.question - 1];
  if (!q) return '';
  return ref.in === 'answer' ? q.answer ?? '' : q.text;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}

/** What must agree before two references can be the same thing: the people, or the nota title. */
function identityKey(ref: Reference): string | null {
  if (ref.kind === 'motion' && ref.people && ref.people.length > 0) return 'motion:' + ref.people.map((p) => p.toLowerCase()).join('|');
  if (ref.kind === 'kamerstuk' && ref.label.startsWith('initiatiefnota')) return 'nota:' + ref.label.toLowerCase();
  return null;
}

function splitKey(kamerstuk: string): { dossier: string; rest: string } {
  const i = kamerstuk.indexOf('-');
  return i < 0 ? { dossier: kamerstuk, rest: '' } : { dossier: kamerstuk.slice(0, i), rest: kamerstuk.slice(i) };
}

/** Levenshtein distance ≤ 1 (one digit dropped, added or changed). */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export function resolveReferences(documents: KamerDocument[]): void {
  const groups = new Map<string, Entry[]>();
  const dossierCount = new Map<string, number>();
  for (const doc of documents) {
    for (const ref of doc.references) {
      if (ref.kamerstuk) {
        const d = splitKey(ref.kamerstuk).dossier;
        dossierCount.set(d, (dossierCount.get(d) ?? 0) + 1);
      }
      const key = identityKey(ref);
      if (!key) continue;
      const entry = { doc, ref, stems: contentStems(contextText(doc, ref)) };
      const group = groups.get(key);
      if (group) group.push(entry);
      else groups.set(key, [entry]);
    }
  }

  for (const group of groups.values()) {
    const cited = group.filter((e) => e.ref.kamerstuk);
    // Typos first, so the sibling pass copies corrected citations.
    for (const e of cited) {
      const own = splitKey(e.ref.kamerstuk!);
      let best: Entry | null = null;
      for (const f of cited) {
        if (f === e || f.ref.resolvedBy === 'typo-corrected') continue;
        const other = splitKey(f.ref.kamerstuk!);
        if (other.rest !== own.rest || !oneEditApart(own.dossier, other.dossier)) continue;
        const better =
          (dossierCount.get(other.dossier) ?? 0) > (dossierCount.get(own.dossier) ?? 0) ||
          ((dossierCount.get(other.dossier) ?? 0) === (dossierCount.get(own.dossier) ?? 0) && other.dossier.length > own.dossier.length);
        if (!better || jaccard(e.stems, f.stems) < SAME_WORDING) continue;
        if (!best || jaccard(e.stems, f.stems) > jaccard(e.stems, best.stems)) best = f;
      }
      if (best) {
        const written = e.ref.kamerstuk!;
        e.ref.kamerstuk = best.ref.kamerstuk;
        e.ref.url = best.ref.url;
        e.ref.resolvedBy = 'typo-corrected';
        e.ref.resolvedFrom = best.doc.id;
        const q = e.ref.question ? e.doc.questions[e.ref.question - 1] : undefined;
        e.doc.warnings.push({
          line: q?.line ?? e.doc.lines[0],
          code: 'typo-corrected',
          message: `"${e.ref.text}" cites ${written}; the same ${e.ref.kind === 'motion' ? 'motion' : 'paper'} is ${best.ref.kamerstuk} in ${best.doc.id}: corrected`,
        });
      }
    }
    for (const e of group) {
      if (e.ref.kamerstuk) continue;
      const candidates = group
        .filter((f) => f.ref.kamerstuk && f.doc !== e.doc)
        .map((f) => ({ f, score: jaccard(e.stems, f.stems) }))
        .filter((c) => c.score >= SAME_WORDING)
        .sort((a, b) => b.score - a.score);
      if (candidates.length === 0) continue;
      const top = candidates[0];
      // Near-equal candidates that disagree leave the reference unresolved rather than guessed.
      if (candidates.some((c) => c.score >= top.score - 0.05 && c.f.ref.kamerstuk !== top.f.ref.kamerstuk)) continue;
      e.ref.kamerstuk = top.f.ref.kamerstuk;
      e.ref.url = top.f.ref.url;
      e.ref.resolvedBy = 'sibling';
      e.ref.resolvedFrom = top.f.doc.id;
    }
  }
}
