/**
 * Related sets, each with the reasons a reader would give, best first:
 *  - same-questions: the question list is a near-duplicate (MinHash over word shingles), as when
 *    one set of questions goes to eight ministers;
 *  - same-motion / same-kamerstuk / same-news: both cite it (reference-keys.ts);
 *  - same-topic: the other set holds most of this set's distinctive words (idf-weighted);
 *  - same-submitters: shared submitters, weighted by how rarely each submits (a Kamerlid who
 *    signs everything says little); it strengthens a link found otherwise, never makes one.
 * Reason scores combine as independent evidence: 1 − Π(1 − s).
 */
import type { KamerDocument } from '../corpus/model';
import type { RelatedSet, RelationKind } from '../messages/protocol';
import { fold, tokenize } from '../text';
import type { DocumentLookup } from './api';
import type { DocRef, IndexState } from './index-state';
import { bandKeys, estimateJaccard, MINHASH_SIZE } from './minhash';
import { referenceKey } from './reference-keys';
import { NO_TERM, TOPIC_CANDIDATES } from './segment';
import { summarize } from './summary';

export const RELATED_THRESHOLD = 0.3;
const SAME_QUESTIONS_MIN_JACCARD = 0.4;
const TOPIC_TERMS = 12;
const TOPIC_MIN_SIMILARITY = 0.3;
const MAX_TOPIC_DOC_FREQ = 300;
const SUBMITTERS_MAX = 0.25;
const REF_SCORE: Record<'same-motion' | 'same-kamerstuk' | 'same-news', number> = {
  'same-motion': 0.6,
  'same-kamerstuk': 0.5,
  'same-news': 0.6,
};
/** A Kamerstuk cited by hundreds of sets (a budget) links nothing in particular. */
const MAX_SETS_PER_REFERENCE = 500;

type Reason = { kind: RelationKind; detail: string; score: number };

/** Reasons are shown most specific first: a shared question list says more than shared words. */
const REASON_ORDER: RelationKind[] = [
  'same-questions',
  'same-motion',
  'same-kamerstuk',
  'same-news',
  'same-topic',
  'same-submitters',
];

class Evidence {
  readonly byDoc = new Map<number, Reason[]>();
  add(global: number, reason: Reason): void {
    const reasons = this.byDoc.get(global);
    if (!reasons) {
      this.byDoc.set(global, [reason]);
      return;
    }
    const same = reasons.find((r) => r.kind === reason.kind);
    if (!same) reasons.push(reason);
    else if (reason.kind !== 'same-topic' && reason.kind !== 'same-questions' && !same.detail.includes(reason.detail)) {
      // A second shared motion strengthens the link and joins the detail.
      same.detail += `; ${reason.detail}`;
      same.score = 1 - (1 - same.score) * (1 - reason.score);
    }
  }
}

function sameQuestions(state: IndexState, source: DocRef, evidence: Evidence): void {
  const sig = source.segment.docMinhash();
  const offset = source.local * MINHASH_SIZE;
  const keys = bandKeys(sig, offset);
  if (keys.length === 0) return; // no topical questions
  const seen = new Set<number>();
  for (const segment of state.segments) {
    for (const key of keys) {
      for (const local of segment.bandDocs(key)) {
        const global = segment.docBase + local;
        if (global === source.global || seen.has(global)) continue;
        seen.add(global);
        const j = estimateJaccard(sig, offset, segment.docMinhash(), local * MINHASH_SIZE);
        if (j < SAME_QUESTIONS_MIN_JACCARD) continue;
        evidence.add(global, {
          kind: 'same-questions',
          detail: segment.addressees(local),
          score: 0.6 + 0.4 * j,
        });
      }
    }
  }
}

function sharedReferences(state: IndexState, source: DocRef, doc: KamerDocument, evidence: Evidence): void {
  const keys = new Map<string, { label: string; isMotion: boolean }>();
  for (const ref of doc.references) {
    const key = referenceKey(ref);
    if (key && !keys.has(key.key)) keys.set(key.key, key);
  }
  for (const [key, { label, isMotion }] of keys) {
    const entries = state.segments.flatMap((segment) => segment.refDocs(key).map((e) => ({ segment, ...e })));
    const citing = entries.reduce((n, e) => n + e.docs.length, 0);
    if (citing > MAX_SETS_PER_REFERENCE) continue;
    const motion = isMotion || entries.some((e) => e.isMotion);
    const kind = key.startsWith('news:') ? 'same-news' : motion ? 'same-motion' : 'same-kamerstuk';
    const kamerstuk = key.startsWith('kst:') ? key.slice(4) : null;
    const detail = kind === 'same-news' ? label : kamerstuk && !label.includes(kamerstuk) ? `${label}, Kamerstuk ${kamerstuk}` : label;
    for (const entry of entries) {
      for (const local of entry.docs) {
        const global = entry.segment.docBase + local;
        if (global !== source.global) evidence.add(global, { kind, detail, score: REF_SCORE[kind] });
      }
    }
  }
}

function sameTopic(state: IndexState, source: DocRef, evidence: Evidence): void {
  const { stats, segments } = state;
  const vocab = source.segment.vocab();
  const stored = source.segment.docTopicTerms().subarray(source.local * TOPIC_CANDIDATES, (source.local + 1) * TOPIC_CANDIDATES);
  // Words in many sets are no topic (and their long posting lists cost time); words in no other
  // set cannot link anything.
  const maxDocFreq = Math.max(5, Math.min(stats.docs * 0.05, MAX_TOPIC_DOC_FREQ));
  const weighted = Array.from(stored)
    .filter((t) => t !== NO_TERM)
    .map((t) => stats.term(vocab[t]))
    .filter((info) => info.docFreq >= 2 && info.docFreq <= maxDocFreq)
    .map((info) => ({ info, weight: info.idf * info.idf }))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, TOPIC_TERMS);
  const total = weighted.reduce((n, w) => n + w.weight, 0);
  if (total === 0) return;
  // Per set: share of the weight found (scratch docScore) and which terms (a bit each in docMask).
  const { docScore, docMask } = state.scratch;
  const touched: number[] = [];
  weighted.forEach(({ info, weight }, bit) => {
    const flag = 1 << bit;
    for (let s = 0; s < segments.length; s++) {
      const t = info.where[s];
      if (t < 0) continue;
      const segment = segments[s];
      const unitDoc = segment.unitDoc();
      const cursor = segment.postings(t);
      while (cursor.next()) {
        const global = segment.docBase + unitDoc[cursor.unit];
        if (docMask[global] & flag) continue;
        if (docMask[global] === 0) touched.push(global);
        docMask[global] |= flag;
        docScore[global] += weight / total;
      }
    }
  });
  for (const global of touched) {
    const score = docScore[global];
    const mask = docMask[global];
    docScore[global] = 0;
    docMask[global] = 0;
    if (global === source.global || score < TOPIC_MIN_SIMILARITY || (mask & (mask - 1)) === 0) continue;
    const terms = weighted.filter((_, bit) => mask & (1 << bit)).slice(0, 4);
    // Detail holds analysed terms here; related() turns them into the words as written.
    evidence.add(global, { kind: 'same-topic', detail: terms.map(({ info }) => info.term).join(' '), score: Math.min(score, 0.95) });
  }
}

/** The words as the set writes them, for analysed terms ("afhank" → "afhankelijkheid"). */
function surfaceWords(doc: KamerDocument, terms: Set<string>): Map<string, string> {
  const found = new Map<string, string>();
  for (const text of [doc.title, ...doc.questions.map((q) => q.text)]) {
    for (const token of tokenize(text)) {
      if (terms.has(token.term) && !found.has(token.term)) found.set(token.term, text.slice(token.start, token.end).toLowerCase());
    }
    if (found.size === terms.size) break;
  }
  return found;
}

/**
 * Shared submitters, weighted by how rarely each submits. Only strengthens sets already found
 * for another reason: alone it would link everything a prolific Kamerlid ever asked.
 */
function sameSubmitters(state: IndexState, doc: KamerDocument, evidence: Evidence): void {
  const names = [...new Set(doc.submitters.map((p) => fold(p.name)))];
  const weightOf = new Map<string, number>();
  for (const name of names) {
    const count = state.segments.reduce((n, segment) => n + segment.personDocs(name).length, 0);
    weightOf.set(name, Math.max(0, Math.log(1 + state.stats.docs / Math.max(1, count)) - Math.log(2)));
  }
  const sourceWeight = [...weightOf.values()].reduce((a, b) => a + b, 0);
  if (sourceWeight <= 0) return;
  for (const global of [...evidence.byDoc.keys()]) {
    const { segment, local } = state.doc(global);
    const theirs = segment.submitters(local).split('|');
    const shared = names.filter((name) => weightOf.get(name)! > 0 && theirs.includes(name));
    if (shared.length === 0) continue;
    const score = (SUBMITTERS_MAX * shared.reduce((n, name) => n + weightOf.get(name)!, 0)) / sourceWeight;
    const detail = doc.submitters
      .filter((p) => shared.includes(fold(p.name)))
      .map((p) => p.name)
      .join(', ');
    evidence.add(global, { kind: 'same-submitters', detail, score });
  }
}

export async function related(state: IndexState, lookup: DocumentLookup, id: string, limit = 10): Promise<RelatedSet[]> {
  const source = state.locate(id);
  if (!source) return [];
  const [doc] = await lookup.getDocuments([id]);
  if (!doc) return [];
  const evidence = new Evidence();
  sameQuestions(state, source, evidence);
  sharedReferences(state, source, doc, evidence);
  sameTopic(state, source, evidence);
  sameSubmitters(state, doc, evidence);

  const scored = [...evidence.byDoc]
    .map(([global, reasons]) => ({
      global,
      reasons: reasons.sort((a, b) => REASON_ORDER.indexOf(a.kind) - REASON_ORDER.indexOf(b.kind)),
      score: 1 - reasons.reduce((p, r) => p * (1 - r.score), 1),
    }))
    .filter((r) => r.score >= RELATED_THRESHOLD)
    .sort((a, b) => b.score - a.score || a.global - b.global)
    .slice(0, limit);
  const docs = await lookup.getDocuments(scored.map((r) => state.idOf(r.global)));
  const topicTerms = new Set(scored.flatMap((r) => r.reasons.filter((x) => x.kind === 'same-topic').flatMap((x) => x.detail.split(' '))));
  const surface = topicTerms.size > 0 ? surfaceWords(doc, topicTerms) : new Map<string, string>();
  const reasonDetail = (kind: RelationKind, detail: string, other: KamerDocument) => {
    if (kind === 'same-questions') return other.addressees.map((p) => p.name).join(', ');
    if (kind === 'same-topic') return detail.split(' ').map((term) => surface.get(term) ?? term).join(', ');
    return detail;
  };
  const out: RelatedSet[] = [];
  scored.forEach((r, i) => {
    const other = docs[i];
    if (!other || other.id === id) return;
    out.push({
      document: summarize(other),
      score: Math.round(r.score * 1000) / 1000,
      reasons: r.reasons.map(({ kind, detail }) => ({ kind, detail: reasonDetail(kind, detail, other) })),
    });
  });
  return out;
}
