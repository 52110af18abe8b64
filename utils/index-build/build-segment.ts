/**
 * Builds the index data of one segment (see segment.ts) from the sets of one bundle shard.
 * Runs at bundle build time (CLI) or sync time; pure, no browser API.
 *
 * Titles and questions are the units of the main inverted index. Answers have their own posting
 * lists and unit numbering over the same vocabulary (a joint answer once per set), so search can
 * find a set by what the minister answered while relatedness, prior answers and identification
 * keep reading question lists only, and document frequencies keep meaning "sets asking this".
 */
import { analyze, fold } from '../text';
import type { BuildSegment } from './segment';
import { encodeArray, VarintWriter } from './codec';
import { bandKeys, MINHASH_SIZE, shingles, signature } from './minhash';
import { isProceduralQuestion } from './procedural';
import { referenceKeys } from './reference-keys';
import { TOPIC_STOPWORDS } from './topic-stopwords';
import { tailOrder, vocabBlocks } from './vocabulary';
import {
  NO_TERM,
  SEGMENT_VERSION,
  STATUS_CODES,
  UNIT_ANSWER,
  UNIT_ANSWERED,
  UNIT_KINDS,
  UNIT_QUESTION,
  UNIT_TITLE,
  TITLE_TOPIC_WEIGHT,
  TOPIC_CANDIDATES,
  topicIdf,
  type SegmentData,
} from './segment';

/** Share of a segment's sets whose answers may hold a word before its answer postings are left out. */
const COMMON_ANSWER_SHARE = 0.05;
/** …but never for words in this few sets: a small segment's counts say little. */
const COMMON_ANSWER_FLOOR = 10;

/** A sorted key → list-of-numbers table, packed as joined keys + offsets + values. */
function packTable(table: Map<string, number[]>): {
  keys: string[];
  start: Uint32Array;
  values: Uint32Array;
} {
  const keys = [...table.keys()].sort();
  const start = new Uint32Array(keys.length + 1);
  let total = 0;
  keys.forEach((key, i) => {
    start[i] = total;
    total += table.get(key)!.length;
  });
  start[keys.length] = total;
  const values = new Uint32Array(total);
  keys.forEach((key, i) => values.set(table.get(key)!, start[i]));
  return { keys, start, values };
}

function pushUnique(table: Map<string, number[]>, key: string, value: number): void {
  const list = table.get(key);
  if (!list) table.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

/** Posting lists of `vocab` back to back (segment.ts): varint(unit delta << 1 | tf > 1), then tf if > 1. */
function writePostings(
  vocab: string[],
  lists: Map<string, number[]>,
): { start: Uint32Array; bytes: Uint8Array } {
  const start = new Uint32Array(vocab.length + 1);
  const bytes = new VarintWriter();
  vocab.forEach((term, t) => {
    start[t] = bytes.length;
    const list = lists.get(term);
    if (!list) return;
    let previous = 0;
    for (let i = 0; i < list.length; i += 2) {
      const tf = list[i + 1];
      bytes.push((list[i] - previous) * 2 + (tf > 1 ? 1 : 0));
      if (tf > 1) bytes.push(tf); // capped at 127: one varint byte
      previous = list[i];
    }
  });
  start[vocab.length] = bytes.length;
  return { start, bytes: bytes.toBytes() };
}

export const buildSegment: BuildSegment = (id, documents) => {
  const unitDoc: number[] = [];
  const unitNumber: number[] = [];
  const unitKind: number[] = [];
  const unitLength: number[] = [];
  const docUnitStart = new Uint32Array(documents.length + 1);
  const lengthSum = new Array<number>(UNIT_KINDS).fill(0);
  const unitCount = new Array<number>(UNIT_KINDS).fill(0);
  /** term → [unit, tf, unit, tf, …] */
  const postings = new Map<string, number[]>();
  const docFreq = new Map<string, number>();
  const docMinhash = new Uint16Array(documents.length * MINHASH_SIZE);
  const bands: [number, number][] = [];
  const refs = new Map<string, number[]>();
  const refLabel = new Map<string, string>();
  const refMotion = new Set<string>();
  const people = new Map<string, number[]>();
  const topicTfs: Map<string, number>[] = [];
  const answerDoc: number[] = [];
  const answerNumber: number[] = [];
  const answerLength: number[] = [];
  /** term → [answer unit, tf, …] */
  const answerPostings = new Map<string, number[]>();
  const answerDocFreq = new Map<string, number>();

  const addAnswer = (doc: number, number: number, terms: string[], seen: Set<string>) => {
    const unit = answerDoc.length;
    answerDoc.push(doc);
    answerNumber.push(number);
    answerLength.push(Math.min(terms.length, 0xffff));
    lengthSum[UNIT_ANSWER] += terms.length;
    unitCount[UNIT_ANSWER] += 1;
    const tf = new Map<string, number>();
    for (const term of terms) tf.set(term, (tf.get(term) ?? 0) + 1);
    for (const [term, count] of tf) {
      let list = answerPostings.get(term);
      if (!list) answerPostings.set(term, (list = []));
      list.push(unit, Math.min(count, 127));
      if (!seen.has(term)) {
        seen.add(term);
        answerDocFreq.set(term, (answerDocFreq.get(term) ?? 0) + 1);
      }
    }
  };

  const addUnit = (
    doc: number,
    number: number,
    kind: number,
    terms: string[],
    seen: Set<string>,
  ) => {
    const unit = unitDoc.length;
    unitDoc.push(doc);
    unitNumber.push(number);
    unitKind.push(kind);
    unitLength.push(Math.min(terms.length, 0xffff));
    lengthSum[kind & 3] += terms.length;
    unitCount[kind & 3] += 1;
    const tf = new Map<string, number>();
    for (const term of terms) tf.set(term, (tf.get(term) ?? 0) + 1);
    for (const [term, count] of tf) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(unit, Math.min(count, 127));
      if (!seen.has(term)) {
        seen.add(term);
        docFreq.set(term, (docFreq.get(term) ?? 0) + 1);
      }
    }
  };

  documents.forEach((doc, d) => {
    docUnitStart[d] = unitDoc.length;
    const seen = new Set<string>();
    const titleTerms = analyze(doc.title);
    addUnit(d, 0, UNIT_TITLE, titleTerms, seen);
    const topical: string[][] = [titleTerms];
    for (const q of doc.questions) {
      const terms = analyze(q.text);
      addUnit(d, q.number, UNIT_QUESTION | (q.answer ? UNIT_ANSWERED : 0), terms, seen);
      if (!isProceduralQuestion(q.text)) topical.push(terms);
    }
    const topicTf = new Map<string, number>();
    topical.forEach((terms, i) => {
      const weight = i === 0 ? TITLE_TOPIC_WEIGHT : 1;
      for (const term of terms) topicTf.set(term, (topicTf.get(term) ?? 0) + weight);
    });
    topicTfs.push(topicTf);
    signature(shingles(topical.slice(1)), docMinhash, d * MINHASH_SIZE);
    for (const key of bandKeys(docMinhash, d * MINHASH_SIZE)) bands.push([key, d]);
    for (const key of doc.references.flatMap(referenceKeys)) {
      pushUnique(refs, key.key, d);
      if (!refLabel.has(key.key)) refLabel.set(key.key, key.label);
      if (key.isMotion) refMotion.add(key.key);
    }
    for (const person of doc.submitters) pushUnique(people, fold(person.name), d);
    const answerSeen = new Set<string>();
    const answered = new Set<string>();
    for (const q of doc.questions) {
      // A joint answer stands under each question it answers: index it once, under the first.
      if (!q.answer || answered.has(q.answer)) continue;
      answered.add(q.answer);
      addAnswer(d, q.number, analyze(q.answer), answerSeen);
    }
  });
  docUnitStart[documents.length] = unitDoc.length;

  const vocab = [...new Set([...postings.keys(), ...answerPostings.keys()])].sort();
  const termDocFreq = Uint32Array.from(vocab, (term) => docFreq.get(term) ?? 0);
  const termAnswerDocFreq = Uint32Array.from(vocab, (term) => answerDocFreq.get(term) ?? 0);
  const main = writePostings(vocab, postings);
  // Words in the answers of more than a twentieth of the sets ("kabinet", "wordt") are most of the
  // answer postings' bytes (63% on the 50,000-set bench corpus) and search never reads them
  // (search.ts, MAX_ANSWER_SCAN_SHARE): leave their lists out, keep their counts for idf.
  const maxAnswerDocFreq = Math.max(COMMON_ANSWER_FLOOR, documents.length * COMMON_ANSWER_SHARE);
  for (const [term, df] of answerDocFreq) if (df > maxAnswerDocFreq) answerPostings.delete(term);
  const answers = writePostings(vocab, answerPostings);

  // Topic candidates need the segment's document frequencies, known only now.
  const termIndex = new Map(vocab.map((term, t) => [term, t]));
  const docTopicTerms = new Uint32Array(documents.length * TOPIC_CANDIDATES).fill(NO_TERM);
  const docTopicTf = new Uint8Array(documents.length * TOPIC_CANDIDATES);
  const docTopicNorm = new Float32Array(documents.length);
  topicTfs.forEach((tf, d) => {
    const weighted = [...tf]
      .filter(([term]) => !/^\d+$/.test(term) && !TOPIC_STOPWORDS.has(term))
      .map(([term, count]) => {
        const df = docFreq.get(term)!;
        return {
          t: termIndex.get(term)!,
          count,
          shared: df > 1,
          w: count * topicIdf(documents.length, df),
        };
      })
      // Candidates are words that can link: ones another set of this segment also uses come
      // first (a word only this set uses here is probably rare everywhere), best weight first.
      .sort((a, b) => Number(b.shared) - Number(a.shared) || b.w - a.w || a.t - b.t);
    docTopicNorm[d] = Math.sqrt(weighted.reduce((n, { w }) => n + w * w, 0));
    weighted.slice(0, TOPIC_CANDIDATES).forEach(({ t, count }, i) => {
      docTopicTerms[d * TOPIC_CANDIDATES + i] = t;
      docTopicTf[d * TOPIC_CANDIDATES + i] = Math.min(count, 255);
    });
  });

  bands.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const refTable = packTable(refs);
  const personTable = packTable(people);

  // Local set numbers fit 16 bits in any shard of sensible size (~1,000 sets).
  const docWidth = documents.length <= 0xffff ? 16 : 32;
  const docArray = (values: ArrayLike<number>) =>
    docWidth === 16 ? Uint16Array.from(values) : Uint32Array.from(values);
  const tails = tailOrder(vocab);

  const segment: SegmentData = {
    id,
    version: SEGMENT_VERSION,
    docIds: documents.map((doc) => doc.id).join('\n'),
    docStatus: encodeArray(
      Uint8Array.from(documents, (doc) => Math.max(0, STATUS_CODES.indexOf(doc.status))),
    ),
    docSubmitters: documents
      .map((doc) => doc.submitters.map((p) => fold(p.name)).join('|'))
      .join('\n'),
    docParties: documents
      .map((doc) => doc.submitters.map((p) => fold(p.party ?? '')).join('|'))
      .join('\n'),
    docAddressees: documents
      .map((doc) => doc.addressees.map((p) => fold(p.name)).join('|'))
      .join('\n'),
    docUnitStart: encodeArray(docUnitStart),
    vocab: vocab.join('\n'),
    vocabBlocks: encodeArray(vocabBlocks(vocab)),
    vocabByTail: encodeArray(vocab.length <= 0xffff ? Uint16Array.from(tails) : tails),
    termStart: encodeArray(main.start),
    termDocFreq: encodeArray(termDocFreq),
    postings: encodeArray(main.bytes),
    answerTermStart: encodeArray(answers.start),
    answerDocFreq: encodeArray(termAnswerDocFreq),
    answerPostings: encodeArray(answers.bytes),
    answerDoc: encodeArray(docArray(answerDoc)),
    answerNumber: encodeArray(Uint16Array.from(answerNumber)),
    answerLength: encodeArray(Uint16Array.from(answerLength)),
    docWidth,
    unitDoc: encodeArray(docArray(unitDoc)),
    unitNumber: encodeArray(Uint16Array.from(unitNumber)),
    unitKind: encodeArray(Uint8Array.from(unitKind)),
    unitLength: encodeArray(Uint16Array.from(unitLength)),
    lengthSum,
    unitCount,
    docTopicTerms: encodeArray(docTopicTerms),
    docTopicTf: encodeArray(docTopicTf),
    docTopicNorm: encodeArray(docTopicNorm),
    docMinhash: encodeArray(docMinhash),
    bandKey: encodeArray(Uint32Array.from(bands, (b) => b[0])),
    bandDoc: encodeArray(docArray(bands.map((b) => b[1]))),
    refKeys: refTable.keys.join('\n'),
    refLabels: refTable.keys.map((key) => refLabel.get(key)!.replace(/\n/g, ' ')).join('\n'),
    refIsMotion: encodeArray(Uint8Array.from(refTable.keys, (key) => (refMotion.has(key) ? 1 : 0))),
    refStart: encodeArray(refTable.start),
    refDoc: encodeArray(docArray(refTable.values)),
    personKeys: personTable.keys.join('\n'),
    personStart: encodeArray(personTable.start),
    personDoc: encodeArray(docArray(personTable.values)),
  };
  return segment;
};
