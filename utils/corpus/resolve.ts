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
/** Enough witnesses to judge a citation; more only cost time on a corpus that repeats a sentence. */
const MAX_COMPARED = 32;

class Entry {
  private cachedStems: Set<number> | null = null;
  constructor(
    readonly doc: KamerDocument,
    readonly ref: Reference,
  ) {}
  /** Content words of the sentence around the reference, computed only when compared. */
  get stems(): Set<number> {
    return (this.cachedStems ??= contentStems(contextText(this.doc, this.ref)));
  }
}

function contextText(doc: KamerDocument, ref: Reference): string {
  if (ref.in === 'title' || ref.question === null) return doc.title;
  const q = doc.questions[ref.question - 1];
  if (!q) return '';
  return ref.in === 'answer' ? (q.answer ?? '') : q.text;
}

function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}

/** What must agree before two references can be the same thing: the people, or the nota title. */
function identityKey(ref: Reference): string | null {
  if (ref.kind === 'motion' && ref.people && ref.people.length > 0)
    return 'motion:' + ref.people.map((p) => p.toLowerCase()).join('|');
  if (ref.kind === 'kamerstuk' && ref.label.startsWith('initiatiefnota'))
    return 'nota:' + ref.label.toLowerCase();
  return null;
}

function splitKey(kamerstuk: string): { dossier: string; rest: string } {
  const i = kamerstuk.indexOf('-');
  return i < 0
    ? { dossier: kamerstuk, rest: '' }
    : { dossier: kamerstuk.slice(0, i), rest: kamerstuk.slice(i) };
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
      const entry = new Entry(doc, ref);
      const group = groups.get(key);
      if (group) group.push(entry);
      else groups.set(key, [entry]);
    }
  }

  for (const [key, group] of groups) {
    correctTypos(group, dossierCount);
    resolveFromSiblings(group);
    if (key.startsWith('nota:')) resolveByNotaTitle(group);
  }
}

/**
 * An initiatiefnota is named by its own title, which no other paper shares, unlike a motion's
 * submitter: «Wolken aan de horizon» left uncited in one set is the 36574 that every other set
 * citing it gives. Only when all citations of that title agree on one number.
 */
function resolveByNotaTitle(group: Entry[]): void {
  const cited = group.filter((e) => e.ref.kamerstuk);
  const numbers = new Set(cited.map((e) => e.ref.kamerstuk));
  if (numbers.size !== 1) return;
  const source = cited.find((e) => e.ref.resolvedBy == null) ?? cited[0];
  for (const e of group) {
    if (e.ref.kamerstuk) continue;
    e.ref.kamerstuk = source.ref.kamerstuk;
    e.ref.url = source.ref.url;
    e.ref.resolvedBy = 'nota-title';
    e.ref.resolvedFrom = source.doc.id;
  }
}

/** Cited entries whose dossier is one keystroke away from the same motion's more common dossier. */
function correctTypos(group: Entry[], dossierCount: Map<string, number>): void {
  // Only citations with the same number ("-1320") can be the same paper mistyped.
  const byNumber = new Map<string, Entry[]>();
  for (const e of group) {
    if (!e.ref.kamerstuk) continue;
    const rest = splitKey(e.ref.kamerstuk).rest;
    const list = byNumber.get(rest);
    if (list) list.push(e);
    else byNumber.set(rest, [e]);
  }
  for (const cited of byNumber.values()) {
    if (cited.length < 2) continue;
    const byDossier = new Map<string, Entry[]>();
    for (const e of cited) {
      const d = splitKey(e.ref.kamerstuk!).dossier;
      const list = byDossier.get(d);
      if (list) list.push(e);
      else byDossier.set(d, [e]);
    }
    if (byDossier.size < 2) continue;
    for (const e of cited) {
      const own = splitKey(e.ref.kamerstuk!).dossier;
      let best: Entry | null = null;
      let bestScore = 0;
      for (const [other, entries] of byDossier) {
        if (!oneEditApart(own, other)) continue;
        const ownCount = dossierCount.get(own) ?? 0;
        const otherCount = dossierCount.get(other) ?? 0;
        if (otherCount < ownCount || (otherCount === ownCount && other.length <= own.length))
          continue;
        for (const f of entries.slice(0, MAX_COMPARED)) {
          if (f.ref.resolvedBy === 'typo-corrected') continue;
          const score = jaccard(e.stems, f.stems);
          if (score >= SAME_WORDING && score > bestScore) {
            best = f;
            bestScore = score;
          }
        }
      }
      if (!best) continue;
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
}

/** Sibling sets share their title and submitters (listed in any order). */
function siblingKey(doc: KamerDocument): string {
  const names = doc.submitters.map((p) => p.name.toLowerCase()).sort();
  return `${doc.title.toLowerCase().replace(/\s+/g, ' ')}\n${names.join('|')}`;
}

/**
 * Uncited entries take the citation of the same reference in the same wording in a sibling set.
 * Only entries in sibling sets (same title and submitters) are compared (that also keeps
 * a corpus with thousands of mentions of one name from comparing every pair).
 */
function resolveFromSiblings(group: Entry[]): void {
  const byTitle = new Map<string, Entry[]>();
  for (const e of group) {
    const key = siblingKey(e.doc);
    const list = byTitle.get(key);
    if (list) list.push(e);
    else byTitle.set(key, [e]);
  }
  for (const siblings of byTitle.values()) resolveAmong(siblings);
}

function resolveAmong(group: Entry[]): void {
  const cited = group.filter((e) => e.ref.kamerstuk);
  if (cited.length === 0 || cited.length === group.length) return;
  for (const e of group) {
    if (e.ref.kamerstuk) continue;
    let top: { f: Entry; score: number } | null = null;
    const near: { f: Entry; score: number }[] = [];
    for (const f of cited.length > MAX_COMPARED ? cited.slice(0, MAX_COMPARED) : cited) {
      if (f.doc === e.doc) continue;
      const score = jaccard(e.stems, f.stems);
      if (score < SAME_WORDING) continue;
      near.push({ f, score });
      if (!top || score > top.score) top = { f, score };
    }
    if (!top) continue;
    const best = top;
    // Near-equal candidates that disagree leave the reference unresolved rather than guessed.
    if (
      near.some((c) => c.score >= best.score - 0.05 && c.f.ref.kamerstuk !== best.f.ref.kamerstuk)
    )
      continue;
    e.ref.kamerstuk = best.f.ref.kamerstuk;
    e.ref.url = best.f.ref.url;
    e.ref.resolvedBy = 'sibling';
    e.ref.resolvedFrom = best.f.doc.id;
  }
}
