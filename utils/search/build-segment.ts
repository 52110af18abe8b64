/**
 * Builds the index data of one segment (see segment.ts) from the sets of one bundle shard.
 * Runs at bundle build time (CLI) or sync time; pure, no browser API.
 *
 * Titles and questions are indexed; answers are not. Answers are several times longer than
 * questions, and indexing them would multiply the index (and a cold worker's load) for hits
 * readers rarely look for: prior answers are found through the questions they answer.
 */
import { analyze, fold } from '../text';
import type { BuildSegment } from './api';
import { encodeArray, VarintWriter } from './codec';
import { bandKeys, MINHASH_SIZE, shingles, signature } from './minhash';
import { isProceduralQuestion } from './procedural';
import { referenceKeys } from './reference-keys';
import { TOPIC_STOPWORDS } from './topic-stopwords';
import { vocabBlocks } from './vocabulary';
import {
  NO_TERM,
  SEGMENT_VERSION,
  STATUS_CODES,
  UNIT_ANSWERED,
  UNIT_KINDS,
  UNIT_QUESTION,
  UNIT_TITLE,
  TITLE_TOPIC_WEIGHT,
  TOPIC_CANDIDATES,
  topicIdf,
  type SegmentData,
} from './segment';

/** A sorted key → list-of-numbers table, packed as joined keys + offsets + values. */
function packTable(table: Map<string, number[]>): { keys: string[]; start: Uint32Array; values: Uint32Array } {
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

  const addUnit = (doc: number, number: number, kind: number, terms: string[], seen: Set<string>) => {
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
  });
  docUnitStart[documents.length] = unitDoc.length;

  const vocab = [...postings.keys()].sort();
  const termStart = new Uint32Array(vocab.length + 1);
  const termDocFreq = new Uint32Array(vocab.length);
  vocab.forEach((term, t) => {
    termDocFreq[t] = docFreq.get(term)!;
  });
  const postingBytes = new VarintWriter();
  vocab.forEach((term, t) => {
    termStart[t] = postingBytes.length;
    const list = postings.get(term)!;
    let previous = 0;
    for (let i = 0; i < list.length; i += 2) {
      const tf = list[i + 1];
      postingBytes.push((list[i] - previous) * 2 + (tf > 1 ? 1 : 0));
      if (tf > 1) postingBytes.push(tf); // capped at 127: one varint byte
      previous = list[i];
    }
  });
  termStart[vocab.length] = postingBytes.length;

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
        return { t: termIndex.get(term)!, count, shared: df > 1, w: count * topicIdf(documents.length, df) };
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
  const docArray = (values: ArrayLike<number>) => (docWidth === 16 ? Uint16Array.from(values) : Uint32Array.from(values));

  const segment: SegmentData = {
    id,
    version: SEGMENT_VERSION,
    docIds: documents.map((doc) => doc.id).join('\n'),
    docStatus: encodeArray(Uint8Array.from(documents, (doc) => Math.max(0, STATUS_CODES.indexOf(doc.status)))),
    docSubmitters: documents.map((doc) => doc.submitters.map((p) => fold(p.name)).join('|')).join('\n'),
    docParties: documents.map((doc) => doc.submitters.map((p) => fold(p.party ?? '')).join('|')).join('\n'),
    docAddressees: documents.map((doc) => doc.addressees.map((p) => fold(p.name)).join('|')).join('\n'),
    docUnitStart: encodeArray(docUnitStart),
    vocab: vocab.join('\n'),
    vocabBlocks: encodeArray(vocabBlocks(vocab)),
    termStart: encodeArray(termStart),
    termDocFreq: encodeArray(termDocFreq),
    postings: encodeArray(postingBytes.toBytes()),
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
