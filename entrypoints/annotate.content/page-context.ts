/**
 * What every page feature gets: the page as the site adapter read it, a way to ask the
 * background (typed messages), the translator, a shadow-root mount, and the identification of
 * the page against the corpus, asked once and shared by all features.
 */
import type { KamerDocument } from '../../utils/corpus/model';
import type { PageTranslate } from '../../utils/i18n/strings-page';
import type { Language } from '../../utils/i18n/translate';
import type { MessageName, RelatedSet, RequestOf, ResponseOf } from '../../utils/messages/protocol';
import type { ReferenceFinder } from '../../utils/sites/citation-spans';
import type { ExtractedPage } from '../../utils/sites/extracted-page';
import { bestMatch, fingerprintOf, proposalFingerprint } from '../../utils/sites/identify';
import type { PageKind } from '../../utils/sites/page-detector';

export type Ask = <N extends MessageName>(name: N, payload: RequestOf<N>) => Promise<ResponseOf<N>>;

export interface Identified {
  document: KamerDocument;
  /** 0…1, at or above utils/sites/identify THRESHOLD. */
  confidence: number;
  /** The same question list put to other ministers (full documents, for side-by-side answers). */
  siblings: KamerDocument[];
  related: RelatedSet[];
}

export interface ShadowMountOptions {
  /** Kebab-case element name of the shadow host, e.g. "kamerlezer-panel". */
  name: string;
  anchor: Element;
  append: 'before' | 'after' | 'first' | 'last';
  /** CSS for inside the shadow root. */
  css: string;
  /** Set on the host before it is mounted (data-kamerlezer="panel", …). */
  attributes: Record<string, string>;
  /** Render into the container; return the cleanup. */
  render(container: HTMLElement): () => void;
}

export type MountShadow = (options: ShadowMountOptions) => Promise<{ host: HTMLElement; remove(): void }>;

export interface PageContext {
  url: string;
  document: Document;
  kind: PageKind;
  page: ExtractedPage;
  ask: Ask;
  language: Language;
  t: PageTranslate;
  findReferences: ReferenceFinder;
  mountShadow: MountShadow;
  /** The set this page shows, or null below the confidence threshold. Asked once. */
  identify(): Promise<Identified | null>;
}

export type PageContextInput = Omit<PageContext, 'identify'>;

const RELATED_LIMIT = 12;

/**
 * The background proposes a set for the page's fingerprint; we check it, together with its
 * same-question siblings (which differ from it in an organisation name per question), against
 * the full text on the page and keep the best fit at or above the threshold.
 */
/**
 * Only pages that show a set of Kamervragen are identified: questions and answers pages, and
 * other pages (a Kamerstuk detail page holding answers) when they carry questions. A motion or
 * dossier page makes no call to the background at all.
 */
export function mayShowASet(kind: PageKind, page: ExtractedPage): boolean {
  return kind === 'questions' || kind === 'answers' || page.questions.length >= 2;
}

export async function identifyPage(ask: Ask, url: string, page: ExtractedPage): Promise<Identified | null> {
  if (!page.title && page.questions.length === 0) return null;
  const fingerprint = fingerprintOf(url, page);
  const proposal = await ask('identifyPage', proposalFingerprint(fingerprint));
  if (!proposal.document) return null;
  const related = await ask('related', { id: proposal.document.id, limit: RELATED_LIMIT });
  const siblingIds = related.filter((r) => r.reasons.some((reason) => reason.kind === 'same-questions')).map((r) => r.document.id);
  const documents = (await ask('getDocuments', { ids: [proposal.document.id, ...siblingIds] })).filter(
    (d): d is KamerDocument => d !== null,
  );
  const best = bestMatch(fingerprint, documents);
  if (!best) return null;
  const group = documents.filter((d) => d.id !== best.document.id);
  const ownRelated =
    best.document.id === proposal.document.id ? related : await ask('related', { id: best.document.id, limit: RELATED_LIMIT });
  return { document: best.document, confidence: best.confidence, siblings: group, related: ownRelated };
}

export function createPageContext(input: PageContextInput): PageContext {
  let identification: Promise<Identified | null> | null = null;
  return {
    ...input,
    identify() {
      if (!mayShowASet(input.kind, input.page)) return Promise.resolve(null);
      identification ??= identifyPage(input.ask, input.url, input.page).then(
        (identified) => {
          // For the benchmark's breakdown: how much of annotate_ms is identification.
          performance.mark('kamerlezer:identified');
          return identified;
        },
        (error: unknown) => {
          // No index (first start, Firefox private window, cleared data): no corpus claims.
          if (import.meta.env?.DEV) console.debug('[kamerlezer] identification failed', error);
          return null;
        },
      );
      return identification;
    },
  };
}
