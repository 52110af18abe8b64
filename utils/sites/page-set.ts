/**
 * A set as an official page shows it, for when the index does not hold it yet (the page a reader
 * opens most often is the newest: asked or answered today). The background keeps it in the local
 * index (utils/store/page-sets.ts) until a sync brings the official set with the same Zaak.
 * Pure: the extracted page in, a corpus-model set out.
 */
import type { KamerDocument, Person, Question, Reference } from '../corpus/model';
import { officialKey, PAGE_SET_PREFIX } from '../corpus/official-keys';
import { findReferences } from '../corpus/references';
import { fnv1a } from '../text/hash';
import type { ExtractedPage, PageDocumentKind } from './extracted-page';
import { cleanText } from './page-text';

const SET_KINDS = new Set<PageDocumentKind>([
  'questions',
  'answer',
  'nader-answer',
  'postponement',
  'withdrawal',
]);

/** Whether the page says it is one of a set's documents (then it may be read as a set). */
export function isSetDocument(page: ExtractedPage): boolean {
  return !!page.documentKind && SET_KINDS.has(page.documentKind);
}

/** The id of a set read from a page: by its Zaak when the page names it, else by its address. */
export function pageSetId(url: string, page: ExtractedPage): string {
  const identity = page.identity;
  const key = identity?.zaak ?? identity?.obIds[0] ?? identity?.documentNumbers[0] ?? null;
  if (key) return `${PAGE_SET_PREFIX}${officialKey(key)}`;
  let path = url;
  try {
    const u = new URL(url);
    path = `${u.hostname.replace(/^www\./, '')}${u.pathname}${u.search}`;
  } catch {
    // keep the string as given
  }
  return `${PAGE_SET_PREFIX}${fnv1a(path).toString(36)}`;
}

const person = (name: string): Person => ({ name, roles: [], party: null, partyAsWritten: null });

export function pageSetOf(url: string, page: ExtractedPage, readAt: string): KamerDocument | null {
  if (!isSetDocument(page) || (!page.title && page.questions.length === 0)) return null;
  const answerOf = new Map<number, { text: string; numbers: number[] }>();
  for (const answer of page.answers) {
    const text = answer.body
      .map(cleanText)
      .filter(Boolean)
      .join('\n\n')
      .replace(/^antwoord(?:en)?(?:\s+op\s+vraag)?\s+[\d\s,ent/m–-]+[:.]?\s*/i, '');
    if (!text) continue;
    for (const n of answer.numbers) answerOf.set(n, { text, numbers: answer.numbers });
  }
  const seen = new Set<number>();
  const questions: Question[] = page.questions
    .filter((q) => q.text && !seen.has(q.number) && seen.add(q.number))
    .map((q) => {
      const answer = answerOf.get(q.number);
      return {
        number: q.number,
        text: q.text,
        footnotes: [],
        answer: answer?.text ?? null,
        answerFootnotes: [],
        answeredWith: answer && answer.numbers.length > 1 ? answer.numbers : [],
        line: q.number,
      };
    });
  const references: Reference[] = [];
  for (const q of questions) {
    for (const [text, where] of [
      [q.text, 'question'],
      [q.answer ?? '', 'answer'],
    ] as const) {
      for (const ref of findReferences(text)) {
        if ((ref.kind !== 'motion' && ref.kind !== 'kamerstuk') || !ref.kamerstuk) continue;
        references.push({
          kind: ref.kind,
          text: ref.text,
          label: ref.label,
          kamerstuk: ref.kamerstuk,
          url: ref.url,
          question: q.number,
          in: where,
          resolvedBy: 'citation',
        });
      }
    }
  }
  const answered = questions.filter((q) => q.answer !== null).length;
  const kind = page.documentKind!;
  const identity = page.identity;
  const date = page.receivedOn ?? page.submittedOn ?? null;
  return {
    id: pageSetId(url, page),
    title: page.title,
    submitters: (page.submitters ?? page.people).map(person),
    addressees: (page.addressees ?? []).map(person),
    status:
      answered === 0
        ? 'unanswered'
        : answered === questions.length
          ? 'answered'
          : 'partially-answered',
    occurrences: 1,
    lines: [],
    questions,
    references,
    warnings: [],
    ...(identity?.zaak ? { zaak: identity.zaak } : {}),
    submittedOn: page.submittedOn ?? null,
    answeredOn: kind === 'answer' || kind === 'nader-answer' ? date : null,
    postponements: kind === 'postponement' && date ? [date] : [],
    withdrawn: kind === 'withdrawal',
    documents: [
      {
        kind: kind as Exclude<PageDocumentKind, 'not-a-set'>,
        number: identity?.documentNumbers[0] ?? null,
        obId: identity?.obIds[0] ?? null,
        url,
        date,
      },
    ],
    fromPage: { url, readAt },
  };
}
