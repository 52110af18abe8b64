/**
 * The importer: every Zaak of Soort "Schriftelijke vragen" from the OData service, the text of its
 * publications from officielebekendmakingen, as a Corpus in the parse shape plus the official
 * fields. Pure (fetch only): the CLI runs it in Node, a service worker could run it too.
 *
 * Incremental: the state of the last run (its documents and the newest GewijzigdOp it saw) is
 * handed back to the caller to keep; the next run asks only for Zaken changed since then (their
 * own GewijzigdOp, or a document's or actor's), replaces those sets, drops deleted ones and keeps
 * the rest.
 */
import type { Corpus, KamerDocument, Reference, Warning } from '../model';
import { resolveReferences } from '../resolve';
import { SourceError, type PoliteClient } from './http';
import {
  DEFAULT_OB,
  DEFAULT_ODATA,
  ZAAK_SOORT,
  odataPages,
  zaakQueryUrl,
  type ODataZaak,
} from './odata';
import { readObXml, type ObPublication } from './ob-xml';
import { readObHtml } from './ob-html';
import { XmlError } from './xml';
import {
  officialDocuments,
  officialReferences,
  zaakOrder,
  zaakToDocument,
  type ZaakTexts,
} from './map';

export const IMPORT_STATE_FORMAT = 1;

export interface ImportState {
  format: typeof IMPORT_STATE_FORMAT;
  odata: string;
  /** Newest GewijzigdOp seen (of a Zaak, its documents or actors); the next run asks from here. */
  lastModified: string | null;
  importedAt: string;
  documents: KamerDocument[];
  /**
   * Each set's references as found, before cross-corpus resolution, by Zaak: a later run reuses
   * them for the sets it does not read again (finding references is most of a run's work on a
   * large corpus) and resolves over the whole corpus anew.
   */
  references?: Record<string, Reference[]>;
}

export interface ImportProgress {
  pages: number;
  zaken: number;
  /** Publications fetched (or read from the cache) and still to come in the pages read so far. */
  documentsDone: number;
  documentsQueued: number;
}

export interface ImportOptions {
  client: PoliteClient;
  odata?: string;
  ob?: string;
  /** Only Zaken changed since this date/time; default: the state's lastModified (or everything). */
  since?: string | null;
  previous?: ImportState | null;
  onProgress?: (progress: ImportProgress) => void;
  now?: () => Date;
}

export interface ImportResult {
  corpus: Corpus;
  state: ImportState;
  /** Zaken read in this run (new or changed). */
  changed: number;
  deleted: number;
  skipped: number;
  since: string | null;
}

/** Warnings resolveReferences adds (resolve.ts), recomputed on every run. */
const RESOLUTION_WARNINGS = new Set(['typo-corrected']);

/** OData pages may be reused from the cache this long (an interrupted run resumes). */
const PAGE_CACHE_MS = 12 * 60 * 60 * 1000;

function withSlash(base: string): string {
  return base.endsWith('/') ? base : base + '/';
}

function latest(a: string | null, b: string | null | undefined): string | null {
  if (!b) return a;
  if (!a) return b;
  return Date.parse(b) > Date.parse(a) ? b : a;
}

function modifiedOf(zaak: ODataZaak): string | null {
  let m: string | null = zaak.GewijzigdOp ?? null;
  for (const d of zaak.Document ?? []) m = latest(m, d.GewijzigdOp);
  for (const a of zaak.ZaakActor ?? []) m = latest(m, (a as { GewijzigdOp?: string }).GewijzigdOp);
  return m;
}

export async function importOfficial(options: ImportOptions): Promise<ImportResult> {
  const client = options.client;
  const odata = withSlash(options.odata ?? DEFAULT_ODATA);
  const ob = withSlash(options.ob ?? DEFAULT_OB);
  const previous =
    options.previous &&
    options.previous.format === IMPORT_STATE_FORMAT &&
    options.previous.odata === odata
      ? options.previous
      : null;
  const since = options.since ?? previous?.lastModified ?? null;
  const progress: ImportProgress = { pages: 0, zaken: 0, documentsDone: 0, documentsQueued: 0 };
  const report = () => options.onProgress?.({ ...progress });

  const publications = new Map<string, Promise<ObPublication | null>>();
  const fallbackWarnings = new Map<string, Warning>();
  const publication = (obId: string): Promise<ObPublication | null> => {
    let p = publications.get(obId);
    if (!p) {
      progress.documentsQueued++;
      p = fetchPublication(obId).finally(() => {
        progress.documentsDone++;
        report();
      });
      publications.set(obId, p);
    }
    return p;
  };
  const fetchPublication = async (obId: string): Promise<ObPublication | null> => {
    const xmlUrl = `${ob}${obId}.xml`;
    // Read once: the check that decides whether the answer is usable (and cached) is the parse.
    let read: ObPublication | null = null;
    const xml = await client.get(xmlUrl, {
      expect: 'xml',
      optional: true,
      cacheKey: `ob/${obId}.xml`,
      validate: (text) => {
        try {
          read = readObXml(text);
        } catch (error) {
          if (error instanceof XmlError) throw new Error(`malformed XML: ${error.message}`);
          throw error;
        }
      },
    });
    if (xml !== null) return read ?? readObXml(xml);
    const htmlUrl = `${ob}${obId}.html`;
    const html = await client.get(htmlUrl, {
      expect: 'html',
      optional: true,
      cacheKey: `ob/${obId}.html`,
    });
    if (html === null) {
      fallbackWarnings.set(obId, {
        line: 0,
        code: 'publication-missing',
        message: `${obId}: neither ${xmlUrl} nor ${htmlUrl} is there`,
      });
      return null;
    }
    fallbackWarnings.set(obId, {
      line: 0,
      code: 'html-fallback',
      message: `${obId}: no XML at ${xmlUrl}; read the HTML page`,
    });
    return readObHtml(html);
  };

  const textsOf = async (zaak: ODataZaak): Promise<ZaakTexts> => {
    const docs = officialDocuments(zaak);
    // A mirror without the Document expand, or a Zaak whose questions document is not listed:
    // the questions are published as kv-tk-<Zaak> all the same.
    const questionsDoc =
      docs.find((d) => d.kind === 'questions' && d.obId) ??
      (zaak.Nummer ? { kind: 'questions' as const, obId: `kv-tk-${zaak.Nummer}` } : undefined);
    const answerDocs = docs.filter(
      (d) => (d.kind === 'answer' || d.kind === 'nader-answer') && d.obId,
    );
    const [questionsPub, ...answerPubs] = await Promise.all([
      questionsDoc ? publication(questionsDoc.obId!) : Promise.resolve(null),
      ...answerDocs.map((d) => publication(d.obId!)),
    ]);
    const warnings: Warning[] = [];
    for (const d of [questionsDoc, ...answerDocs]) {
      const w = d?.obId ? fallbackWarnings.get(d.obId) : undefined;
      if (w) warnings.push(w);
    }
    let questions = questionsPub && questionsPub.questions.length > 0 ? questionsPub : null;
    if (!questions) {
      // The questions document is missing: an answer (or a notice) reprints the questions.
      const reprint = answerPubs.find((p) => p && p.questions.length > 0) ?? null;
      if (reprint) {
        questions = { ...reprint, heading: questionsPub?.heading ?? reprint.heading };
        warnings.push({
          line: 0,
          code: 'questions-from-answer',
          message: 'question text read from the answer, which reprints it',
        });
      }
    }
    const answers: ZaakTexts['answers'] = [];
    answerDocs.forEach((d, i) => {
      const pub = answerPubs[i];
      if (pub) answers.push({ kind: d.kind as 'answer' | 'nader-answer', publication: pub });
    });
    return { questions: questions ?? questionsPub, answers, warnings };
  };

  const byZaak = new Map<string, KamerDocument>();
  for (const doc of previous?.documents ?? []) if (doc.zaak) byZaak.set(doc.zaak, doc);
  const found = new Map<string, Reference[]>(Object.entries(previous?.references ?? {}));
  let lastModified = previous?.lastModified ?? null;
  let changed = 0;
  let deleted = 0;
  let skipped = 0;
  const corpusWarnings: Warning[] = [];

  const first = zaakQueryUrl(odata, since);
  for await (const { items } of odataPages<ODataZaak>(client, first, {
    cacheKey: (url) => `odata/${url}`,
    cacheMaxAgeMs: PAGE_CACHE_MS,
  })) {
    progress.pages++;
    report();
    const work: Promise<void>[] = [];
    for (const zaak of items) {
      if (!zaak || typeof zaak !== 'object') continue;
      lastModified = latest(lastModified, modifiedOf(zaak));
      const nummer = zaak.Nummer?.trim();
      if (!nummer) {
        skipped++;
        continue;
      }
      if (zaak.Verwijderd) {
        found.delete(nummer);
        if (byZaak.delete(nummer)) deleted++;
        continue;
      }
      // Defensive: a mirror may hand other Zaken (a "Lijst van vragen en antwoorden" is no set).
      if ((zaak.Soort ?? '').trim().toLowerCase() !== ZAAK_SOORT.toLowerCase()) {
        skipped++;
        continue;
      }
      const hasQuestions = officialDocuments(zaak).some((d) => d.kind === 'questions');
      if (
        !hasQuestions &&
        (zaak.Document ?? []).length > 0 &&
        officialDocuments(zaak).length === 0
      ) {
        skipped++;
        corpusWarnings.push({
          line: 0,
          code: 'not-a-set',
          message: `Zaak ${nummer} has no documents of a set of Kamervragen`,
        });
        continue;
      }
      work.push(
        textsOf(zaak).then((texts) => {
          byZaak.set(nummer, zaakToDocument(zaak, texts));
          found.delete(nummer);
          progress.zaken++;
          changed++;
        }),
      );
    }
    await Promise.all(work);
    report();
  }

  const documents = [...byZaak.values()].sort(
    (a, b) =>
      zaakOrder(a.zaak ?? '') - zaakOrder(b.zaak ?? '') ||
      (a.zaak ?? '').localeCompare(b.zaak ?? ''),
  );
  const references: Record<string, Reference[]> = {};
  for (const doc of documents) {
    const zaak = doc.zaak ?? '';
    const refs = found.get(zaak) ?? officialReferences(doc);
    references[zaak] = refs;
    // Resolution sets fields of the references it resolves: it works on copies.
    doc.references = refs.map((r) => ({ ...r }));
    // Resolution runs over the whole corpus each time: what it added last time goes first.
    doc.warnings = doc.warnings.filter((w) => !RESOLUTION_WARNINGS.has(w.code));
  }
  resolveReferences(documents);
  const now = (options.now ?? (() => new Date()))();
  return {
    corpus: { documents, warnings: corpusWarnings },
    state: {
      format: IMPORT_STATE_FORMAT,
      odata,
      lastModified,
      importedAt: now.toISOString(),
      documents,
      references,
    },
    changed,
    deleted,
    skipped,
    since,
  };
}

export { SourceError };
