/**
 * The reader view of one set (reader.html?id=…). Loads the set, records the visit, then adds
 * what the index knows around it: siblings with the same questions, related sets, prior answers.
 */
import { useEffect, useState } from 'preact/hooks';
import type { KamerDocument } from '../../utils/corpus/model';
import type { PriorAnswer, RelatedSet } from '../../utils/search/types';
import { useT } from '../i18n';
import { RelatedList } from '../related-list';
import { DocumentHeader, SourceWarnings } from './document-header';
import { QuestionList } from './question-list';
import { SameQuestions } from './same-questions';

export interface ReaderApi {
  getDocument(id: string): Promise<KamerDocument | null>;
  getDocuments(ids: string[]): Promise<(KamerDocument | null)[]>;
  related(id: string): Promise<RelatedSet[]>;
  priorAnswers(id: string, questionNumber: number): Promise<PriorAnswer[]>;
  recordVisit(id: string): Promise<unknown>;
  readerHref(id: string): string;
}

type Load =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; document: KamerDocument };

export function ReaderView({ id, api }: { id: string | null; api: ReaderApi }) {
  const t = useT();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [related, setRelated] = useState<RelatedSet[] | null>(null);
  const [siblings, setSiblings] = useState<KamerDocument[]>([]);

  useEffect(() => {
    if (!id) return;
    let live = true;
    setLoad({ kind: 'loading' });
    api.getDocument(id).then(
      (document) => {
        if (!live) return;
        setLoad(document ? { kind: 'ready', document } : { kind: 'missing' });
        if (!document) return;
        window.document.title = `${document.title} — Kamerlezer`;
        void api.recordVisit(id).catch(() => undefined);
        api.related(id).then(
          async (sets) => {
            if (!live) return;
            setRelated(sets);
            const sameIds = sets
              .filter((s) => s.reasons.some((r) => r.kind === 'same-questions'))
              .map((s) => s.document.id);
            if (sameIds.length === 0) return;
            const docs = (await api.getDocuments(sameIds)).filter(
              (d): d is KamerDocument => d !== null,
            );
            if (live) setSiblings(docs);
          },
          () => live && setRelated([]),
        );
      },
      (error: unknown) =>
        live &&
        setLoad({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [id, api]);

  // Follow a #vraag-3 / #antwoord-4-5 link from elsewhere once the content is there.
  useEffect(() => {
    const hash = globalThis.location?.hash ?? '';
    if (load.kind !== 'ready' || !hash) return;
    document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [load.kind]);

  if (!id)
    return (
      <main class="reader">
        <p>{t('noDocumentId')}</p>
      </main>
    );
  if (load.kind === 'loading')
    return (
      <main class="reader">
        <p class="hint">{t('loading')}</p>
      </main>
    );
  if (load.kind === 'missing')
    return (
      <main class="reader">
        <p class="notice">{t('notFound')}</p>
      </main>
    );
  if (load.kind === 'error')
    return (
      <main class="reader">
        <p class="error" role="alert">
          {t('error', { message: load.message })}
        </p>
      </main>
    );

  const doc = load.document;
  return (
    <main class="reader" data-kamerlezer-doc={doc.id}>
      <DocumentHeader document={doc} />
      <SourceWarnings document={doc} />
      <div class="reader-columns">
        <article class="reader-main">
          <QuestionList
            document={doc}
            readerHref={api.readerHref}
            loadPriorAnswers={(n) => api.priorAnswers(doc.id, n)}
          />
        </article>
        <aside class="reader-side" aria-labelledby="related-title">
          <h2 id="related-title">{t('relatedTitle')}</h2>
          {related ? (
            <RelatedList sets={related} readerHref={api.readerHref} />
          ) : (
            <p class="hint">{t('loading')}</p>
          )}
        </aside>
      </div>
      <SameQuestions document={doc} siblings={siblings} readerHref={api.readerHref} />
    </main>
  );
}
