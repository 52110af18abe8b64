/**
 * Related sets, each with the reasons a reader would give, best first:
 *  - same-questions: the question list is a near-duplicate (MinHash over word shingles), as when
 *    one set of questions goes to eight ministers;
 *  - same-motion / same-kamerstuk / same-news: both cite it (reference-keys.ts);
 *  - same-topic: cosine similarity of tf-idf vectors over titles and topical questions (the
 *    source's stored topic words, scanned in the index, against each set's stored vector length);
 *  - same-submitters: shared submitters, weighted by how rarely each submits (a Kamerlid who
 *    signs everything says little); it strengthens a link found otherwise, never makes one.
 * Reason scores combine as independent evidence: 1 − Π(1 − s).
 */
import type { KamerDocument } from '../corpus/model';
import type { RelatedSet, RelationKind } from './types';
import { fold, tokenize } from '../text';
import type { DocumentLookup } from './api';
import type { DocRef, IndexState } from './index-state';
import { SIGNATURE_WORDS, type LoadedSegment } from './loaded-segment';
import { bandKeys, MINHASH_SIZE } from '../index-build/minhash';
import { referenceKeys, type ReferenceKey } from '../index-build/reference-keys';
import type { TermInfo } from './corpus-stats';
import {
  NO_TERM,
  TITLE_TOPIC_WEIGHT,
  TOPIC_CANDIDATES,
  topicIdf,
  UNIT_TITLE,
} from '../index-build/segment';
import { summarize } from './summary';

export const RELATED_THRESHOLD = 0.3;
const SAME_QUESTIONS_MIN_JACCARD = 0.4;
/**
 * Cosine similarity of topic vectors below which two sets do not share a topic. Vectors hold all
 * of a set's words, so even close sets score low (0.06–0.35 within the seed's tech cluster);
 * sets with nothing in common stay under 0.05. Chosen by reading the seed's figures, so the
 * judged figures on the seed flatter it somewhat.
 */
const TOPIC_MIN_SIMILARITY = 0.06;
/** Topic words in more sets than this are not scanned: little weight, long posting lists. */
const MAX_TOPIC_DOC_FREQ = 300;
/**
 * Reason score from cosine: the minimum just makes a link (0.3, the threshold), and it rises
 * steeply, since whole question lists rarely reach 0.4 (the eight siblings do, ~0.9 among them).
 */
function topicScore(cosine: number): number {
  return Math.min(0.95, RELATED_THRESHOLD + 2 * (cosine - TOPIC_MIN_SIMILARITY));
}
const SUBMITTERS_MAX = 0.25;
const REF_SCORE: Record<'same-motion' | 'same-kamerstuk' | 'same-news', number> = {
  'same-motion': 0.6,
  'same-kamerstuk': 0.5,
  'same-news': 0.6,
};
/** A Kamerstuk cited by hundreds of sets (a budget) links nothing in particular. */
const MAX_SETS_PER_REFERENCE = 500;
/** Above this many citing sets, a shared citation only strengthens links found otherwise. */
const MAX_SETS_LINKED_BY_REFERENCE = 50;
/** LSH buckets this full hold a stock question list, not one set's siblings: skip them. */
const MAX_BUCKET = 200;

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
  constructor(private readonly state: IndexState) {}
  add(global: number, reason: Reason): void {
    // A superseded copy of a set (a delta holds the current one) is never related.
    if (!this.state.isLive(global)) return;
    const reasons = this.byDoc.get(global);
    if (!reasons) {
      this.byDoc.set(global, [reason]);
      return;
    }
    const same = reasons.find((r) => r.kind === reason.kind);
    if (!same) reasons.push(reason);
    else if (
      reason.kind !== 'same-topic' &&
      reason.kind !== 'same-questions' &&
      !same.detail.includes(reason.detail)
    ) {
      // A second shared motion strengthens the link and joins the detail.
      same.detail += `; ${reason.detail}`;
      same.score = 1 - (1 - same.score) * (1 - reason.score);
    }
  }
}

/** Matching signature slots that make SAME_QUESTIONS_MIN_JACCARD. */
const SAME_QUESTIONS_MIN_SLOTS = Math.ceil(SAME_QUESTIONS_MIN_JACCARD * MINHASH_SIZE);

/** Bytes in the packed signature words beyond the slots: always 0 on both sides, so always equal. */
const PADDING_BYTES = SIGNATURE_WORDS * 4 - MINHASH_SIZE;

/** How many of the four bytes of `x` are 0. */
function zeroBytes(x: number): number {
  // High bit of each byte set where that byte is 0 (the classic SWAR test, exact per byte).
  const t = ~(((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x | 0x7f7f7f7f);
  return Math.imul((t >>> 7) & 0x01010101, 0x01010101) >>> 24;
}

/**
 * Candidates share at least one LSH band; a common topic fills buckets with a few thousand sets
 * at 50,000, so this is the hot loop of related(): no Set, no allocation per bucket, and each
 * comparison is cut short once the minimum Jaccard estimate is out of reach. Signatures
 * in a bucket are never empty (an empty one has no band keys), only the source's needs checking.
 * A first pass on the packed low bytes (docMinhashWords) rejects most candidates exactly.
 */
function sameQuestions(state: IndexState, source: DocRef, evidence: Evidence): void {
  const sig = source.segment.docMinhash();
  const offset = source.local * MINHASH_SIZE;
  const keys = bandKeys(sig, offset);
  if (keys.length === 0) return; // no topical questions
  const { docSeen } = state.scratch;
  const sigWords = source.segment
    .docMinhashWords()
    .subarray(source.local * SIGNATURE_WORDS, (source.local + 1) * SIGNATURE_WORDS);
  const touched: number[] = [];
  docSeen[source.global] = 1;
  touched.push(source.global);
  for (const segment of state.segments) {
    let docs: Uint16Array | Uint32Array | null = null;
    let other: Uint16Array | null = null;
    let otherWords: Uint32Array | null = null;
    for (const key of keys) {
      const start = segment.bandStart(key);
      const end = segment.bandEnd(key, start);
      if (end === start || end - start > MAX_BUCKET) continue;
      docs ??= segment.bandDocList();
      other ??= segment.docMinhash();
      otherWords ??= segment.docMinhashWords();
      for (let i = start; i < end; i++) {
        const local = docs[i];
        const global = segment.docBase + local;
        if (docSeen[global] === 1) continue;
        docSeen[global] = 1;
        touched.push(global);
        // Low bytes first, four at a time: too few equal bytes means too few equal slots.
        let equalBytes = -PADDING_BYTES;
        for (let w = 0, at = local * SIGNATURE_WORDS; w < SIGNATURE_WORDS; w++)
          equalBytes += zeroBytes(sigWords[w] ^ otherWords[at + w]);
        if (equalBytes < SAME_QUESTIONS_MIN_SLOTS) continue;
        const at = local * MINHASH_SIZE;
        let same = 0;
        for (let k = 0; k < MINHASH_SIZE; k++) if (sig[offset + k] === other[at + k]) same++;
        if (same < SAME_QUESTIONS_MIN_SLOTS) continue;
        const j = same / MINHASH_SIZE;
        evidence.add(global, {
          kind: 'same-questions',
          detail: segment.addressees(local),
          score: 0.6 + 0.4 * j,
        });
      }
    }
  }
  for (const global of touched) docSeen[global] = 0;
}

function sharedReferences(
  state: IndexState,
  source: DocRef,
  doc: KamerDocument,
  evidence: Evidence,
): void {
  const found = new Set(evidence.byDoc.keys());
  // One entry per cited thing (by its most precise key), with every key it can be met under.
  const cited = new Map<string, ReferenceKey[]>();
  for (const ref of doc.references) {
    const keys = referenceKeys(ref);
    if (keys.length > 0 && !cited.has(keys[0].key)) cited.set(keys[0].key, keys);
  }
  for (const keys of cited.values()) {
    const [{ key, label }] = keys;
    const entries: {
      segment: LoadedSegment;
      isMotion: boolean;
      docs: Uint16Array | Uint32Array;
    }[] = [];
    let total = 0;
    for (const k of keys) {
      for (const segment of state.segments) {
        for (const entry of segment.refDocs(k.key)) {
          entries.push({ segment, isMotion: entry.isMotion, docs: entry.docs });
          total += entry.docs.length;
        }
      }
    }
    if (total > MAX_SETS_PER_REFERENCE) continue;
    const strengthenOnly = total > MAX_SETS_LINKED_BY_REFERENCE;
    const motion = keys.some((k) => k.isMotion) || entries.some((e) => e.isMotion);
    const kind = key.startsWith('news:') ? 'same-news' : motion ? 'same-motion' : 'same-kamerstuk';
    const kamerstuk = key.startsWith('kst:') ? key.slice(4) : null;
    const detail =
      kamerstuk && !label.includes(kamerstuk) ? `${label}, Kamerstuk ${kamerstuk}` : label;
    const seen = new Set<number>([source.global]);
    for (const entry of entries) {
      for (const local of entry.docs) {
        const global = entry.segment.docBase + local;
        if (seen.has(global)) continue;
        seen.add(global);
        if (strengthenOnly && !found.has(global)) continue;
        evidence.add(global, { kind, detail, score: REF_SCORE[kind] });
      }
    }
  }
}

function sameTopic(state: IndexState, source: DocRef, evidence: Evidence): void {
  const { stats, segments } = state;
  const own = source.segment;
  const base = source.local * TOPIC_CANDIDATES;
  const sourceNorm = own.docTopicNorm()[source.local];
  if (!(sourceNorm > 0)) return;
  const vocab = own.vocab();
  const ownDocFreq = own.termDocFreq();
  const terms: { info: TermInfo; weight: number }[] = [];
  for (let i = 0; i < TOPIC_CANDIDATES; i++) {
    const t = own.docTopicTerms()[base + i];
    if (t === NO_TERM) break;
    const info = stats.term(vocab.termAt(t));
    // Words in no other set link nothing; words in very many sets cost time for little weight.
    if (info.docFreq < 2 || info.docFreq > MAX_TOPIC_DOC_FREQ) continue;
    terms.push({
      info,
      weight: own.docTopicTf()[base + i] * topicIdf(own.docCount, ownDocFreq[t]),
    });
  }
  if (terms.length === 0) return;
  // Cosine of topic vectors: dot products accumulate in scratch docScore, shared terms in docMask.
  const { docScore, docMask } = state.scratch;
  const touched: number[] = [];
  terms.forEach(({ info, weight }, bit) => {
    const flag = (1 << bit) >>> 0; // TOPIC_CANDIDATES ≤ 32 bits of docMask
    for (let s = 0; s < segments.length; s++) {
      const t = info.where[s];
      if (t < 0) continue;
      const segment = segments[s];
      const w = weight * topicIdf(segment.docCount, segment.termDocFreq()[t]);
      const unitDoc = segment.unitDoc();
      const unitKind = segment.unitKind();
      const cursor = segment.postings(t);
      while (cursor.next()) {
        const global = segment.docBase + unitDoc[cursor.unit];
        if (docMask[global] === 0) touched.push(global);
        docMask[global] |= flag;
        docScore[global] +=
          w * cursor.tf * (unitKind[cursor.unit] === UNIT_TITLE ? TITLE_TOPIC_WEIGHT : 1);
      }
    }
  });
  for (const global of touched) {
    const dot = docScore[global];
    const mask = docMask[global];
    docScore[global] = 0;
    docMask[global] = 0;
    if (global === source.global || (mask & (mask - 1)) === 0) continue;
    const { segment, local } = state.doc(global);
    const norm = segment.docTopicNorm()[local];
    const cosine = norm > 0 ? dot / (sourceNorm * norm) : 0;
    if (cosine < TOPIC_MIN_SIMILARITY) continue;
    const shared = terms.filter((_, bit) => (mask >>> bit) & 1).slice(0, 4);
    // Detail holds analysed terms here; related() turns them into the words as written.
    evidence.add(global, {
      kind: 'same-topic',
      detail: shared.map(({ info }) => info.term).join(' '),
      score: topicScore(cosine),
    });
  }
}

/** The words as the set writes them, for analysed terms ("afhank" → "afhankelijkheid"). */
function surfaceWords(doc: KamerDocument, terms: Set<string>): Map<string, string> {
  const found = new Map<string, string>();
  for (const text of [doc.title, ...doc.questions.map((q) => q.text)]) {
    for (const token of tokenize(text)) {
      if (terms.has(token.term) && !found.has(token.term))
        found.set(token.term, text.slice(token.start, token.end).toLowerCase());
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
    weightOf.set(
      name,
      Math.max(0, Math.log(1 + state.stats.docs / Math.max(1, count)) - Math.log(2)),
    );
  }
  const sourceWeight = [...weightOf.values()].reduce((a, b) => a + b, 0);
  if (sourceWeight <= 0) return;
  for (const global of [...evidence.byDoc.keys()]) {
    const { segment, local } = state.doc(global);
    const theirs = segment.submitters(local).split('|');
    const shared = names.filter((name) => weightOf.get(name)! > 0 && theirs.includes(name));
    if (shared.length === 0) continue;
    const score =
      (SUBMITTERS_MAX * shared.reduce((n, name) => n + weightOf.get(name)!, 0)) / sourceWeight;
    const detail = doc.submitters
      .filter((p) => shared.includes(fold(p.name)))
      .map((p) => p.name)
      .join(', ');
    evidence.add(global, { kind: 'same-submitters', detail, score });
  }
}

export async function related(
  state: IndexState,
  lookup: DocumentLookup,
  id: string,
  limit = 10,
): Promise<RelatedSet[]> {
  const source = state.locate(id);
  if (!source) return [];
  const [doc] = await lookup.getDocuments([id]);
  if (!doc) return [];
  const evidence = new Evidence(state);
  sameQuestions(state, source, evidence);
  sameTopic(state, source, evidence);
  sharedReferences(state, source, doc, evidence);
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
  const topicTerms = new Set(
    scored.flatMap((r) =>
      r.reasons.filter((x) => x.kind === 'same-topic').flatMap((x) => x.detail.split(' ')),
    ),
  );
  const surface = topicTerms.size > 0 ? surfaceWords(doc, topicTerms) : new Map<string, string>();
  const reasonDetail = (kind: RelationKind, detail: string, other: KamerDocument) => {
    if (kind === 'same-questions') return other.addressees.map((p) => p.name).join(', ');
    if (kind === 'same-topic')
      return detail
        .split(' ')
        .map((term) => surface.get(term) ?? term)
        .join(', ');
    return detail;
  };
  const out: RelatedSet[] = [];
  scored.forEach((r, i) => {
    const other = docs[i];
    if (!other || other.id === id) return;
    out.push({
      document: summarize(other),
      score: Math.round(r.score * 1000) / 1000,
      reasons: r.reasons.map(({ kind, detail }) => ({
        kind,
        detail: reasonDetail(kind, detail, other),
      })),
    });
  });
  return out;
}
