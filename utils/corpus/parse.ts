/**
 * parseCorpus: corpus text in the seed format → the Corpus model (docs/ARCHITECTURE.md, "Corpus model").
 *
 * Steps, each in its own module: normalise the text (source-text), split records (records),
 * parse people (people) and questions with their answers (questions, footnotes), derive ids
 * (ids), merge verbatim repeats, flag what a careful reader would (merged-record, drift,
 * truncation), extract references (references) and resolve them across the corpus (resolve).
 */
import type { Corpus, KamerDocument, Warning } from './model';
import { CorpusError } from './errors';
import { sourceLines } from './source-text';
import { splitRecords, type RawRecord } from './records';
import { parsePeople } from './people';
import { parseBody, setStatus } from './questions';
import { documentId } from './ids';
import { mergedRecordWarning } from './merged-record';
import { driftWarnings } from './drift';
import { inferParties } from './party-inference';
import { stripFootnotes } from './footnotes';
import { documentReferences } from './document-references';
import { resolveReferences } from './resolve';

/** Sentence ends a complete last line can have (after footnote markers are removed). */
const COMPLETE_END = /[.?!»”")\]:;]$/;

function rejectNonCorpus(text: string, fileName: string): void {
  if (text.trim() === '') throw new CorpusError('empty file: no records', fileName);
  if (text.includes('\u0000'))
    throw new CorpusError(
      'binary data, not a text corpus',
      fileName,
      lineOf(text, text.indexOf('\u0000')),
    );
  const head = text
    .slice(0, 2000)
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (
    head.startsWith('<!doctype') ||
    head.startsWith('<html') ||
    /^<(head|body|div|\?xml)\b/.test(head)
  ) {
    throw new CorpusError('HTML/XML page, not a corpus in the seed format', fileName, 1);
  }
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function isCut(record: RawRecord, lastLine: string, endsWithNewline: boolean): boolean {
  if (record.body.length === 0) return true;
  if (endsWithNewline) return false;
  return !COMPLETE_END.test(stripFootnotes(lastLine).text) || lastLine.endsWith('\uFFFD');
}

export function parseCorpus(text: string, fileName = '<corpus>'): Corpus {
  rejectNonCorpus(text, fileName);
  const { lines, endsWithNewline } = sourceLines(text);
  const split = splitRecords(lines);
  const corpusWarnings: Warning[] = [...split.warnings];
  const records = split.records;
  if (records.length === 0)
    throw new CorpusError(
      'nothing that looks like a record (title | submitters | addressees header)',
      fileName,
    );

  const last = records[records.length - 1];
  const lastLine = lines.length > 0 ? lines[lines.length - 1] : '';
  if (isCut(last, lastLine, endsWithNewline)) {
    records.pop();
    corpusWarnings.push({
      line: last.line,
      code: 'truncated',
      message: `the file ends inside the record at line ${last.line} ("${last.title.slice(0, 60)}"): left out`,
    });
    if (records.length === 0)
      throw new CorpusError('truncated: no complete record', fileName, last.line);
  }

  const byId = new Map<string, KamerDocument>();
  const firstRecord = new Map<string, RawRecord>();
  // Compared only when an id repeats, so the corpus is not copied record by record.
  const sourceOf = (r: RawRecord) => lines.slice(r.from, r.to).join('\n').trimEnd();
  const documents: KamerDocument[] = [];
  for (const record of records) {
    const body = parseBody(record.body);
    const submitters = parsePeople(record.submitters);
    const addressees = parsePeople(record.addressees);
    const id = documentId({
      title: record.title,
      submitters: submitters.map((p) => p.name),
      addressees: addressees.map((p) => p.name),
      questions: body.questions.map((q) => q.text),
    });
    const known = byId.get(id);
    if (known) {
      known.occurrences++;
      known.lines.push(record.line);
      if (sourceOf(firstRecord.get(id)!) !== sourceOf(record)) {
        known.warnings.push({
          line: record.line,
          code: 'duplicate-differs',
          message: `repeats the set at line ${known.lines[0]} with different text`,
        });
        // The later copy wins when it carries more answers (an update of the same set).
        const answers = (qs: { answer: string | null }[]) =>
          qs.filter((q) => q.answer !== null).length;
        if (answers(body.questions) > answers(known.questions)) {
          known.questions = body.questions;
          known.status = setStatus(body.questions);
        }
      }
      continue;
    }
    const warnings: Warning[] = [...record.warnings, ...body.warnings];
    if (body.questions.length === 0)
      warnings.push({
        line: record.line,
        code: 'no-questions',
        message: 'record without questions',
      });
    const merged = mergedRecordWarning(body.questions);
    if (merged) warnings.push(merged);
    warnings.push(...driftWarnings(body.questions, body.answerLines));
    const doc: KamerDocument = {
      id,
      title: stripFootnotes(record.title).text,
      submitters,
      addressees,
      status: setStatus(body.questions),
      occurrences: 1,
      lines: [record.line],
      questions: body.questions,
      references: [],
      warnings,
    };
    doc.references = documentReferences(doc);
    byId.set(id, doc);
    firstRecord.set(id, record);
    documents.push(doc);
  }
  resolveReferences(documents);
  inferParties(documents);
  for (const doc of documents) doc.warnings.sort((a, b) => a.line - b.line);
  return { documents, warnings: corpusWarnings };
}
