/**
 * What every page feature gets: the page as the site adapter read it, a way to ask the
 * background (typed messages), the translator, a shadow-root mount, and the identification of
 * the page against the corpus, asked once and shared by all features.
 */
import type { KamerDocument } from '../../utils/corpus/model';
import type { PageTranslate } from '../../utils/i18n/strings-page';
import type { Language } from '../../utils/i18n/translate';
import type { MessageName, RequestOf, ResponseOf } from '../../utils/extension/protocol';
import type { RelatedSet } from '../../utils/search/types';
import type { SetLinks } from '../../components/page/set-link';
import type { ReferenceFinder } from '../../utils/sites/citation-spans';
import type { ExtractedPage } from '../../utils/sites/extracted-page';
import { fingerprintOf } from '../../utils/sites/extracted-page';
import type { PageKind } from '../../utils/sites/page-detector';

export type Ask = <N extends MessageName>(name: N, payload: RequestOf<N>) => Promise<ResponseOf<N>>;

export interface Identified {
  document: KamerDocument;
  /** 0…1, at or above utils/sites/identify THRESHOLD. */
  confidence: number;
  /** The same question list put to other ministers (full documents, for side-by-side answers). */
  siblings: KamerDocument[];
  related: RelatedSet[];
  /** How many prior answers to similar questions, by question number; only questions that have some. */
  priorAnswerCounts: ReadonlyMap<number, number>;
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

export type MountShadow = (
  options: ShadowMountOptions,
) => Promise<{ host: HTMLElement; remove(): void }>;

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
  /** Sets named in the UI open in the extension's reader view. */
  links: SetLinks;
  /** The set this page shows, or null below the confidence threshold. Asked once. */
  identify(): Promise<Identified | null>;
}

export type PageContextInput = Omit<PageContext, 'identify'>;

/**
 * Only pages that show a set of Kamervragen are identified: questions and answers pages, and
 * other pages (a Kamerstuk detail page holding answers) when they carry questions. A motion or
 * dossier page makes no call to the background at all.
 */
export function mayShowASet(kind: PageKind, page: ExtractedPage): boolean {
  return kind === 'questions' || kind === 'answers' || page.questions.length >= 2;
}

/**
 * One message for the whole page (utils/sites/annotate-page.ts does the work in the background):
 * the set, checked against the page's full text, with its siblings, related sets and how many
 * prior answers the page's questions have. Each message is a hop to the service worker and back; a
 * 40-question page used to make 44.
 */
export async function identifyPage(
  ask: Ask,
  url: string,
  page: ExtractedPage,
): Promise<Identified | null> {
  if (!page.title && page.questions.length === 0) return null;
  performance.mark('kamerlezer:asked');
  const answer = await ask('annotatePage', {
    fingerprint: fingerprintOf(url, page),
    questionNumbers: [...new Set(page.questions.map((q) => q.number))],
  });
  // For the benchmark's breakdown: where the background's time went.
  performance.mark('kamerlezer:background', { detail: answer.took ?? {} });
  if (!answer.identified) return null;
  return {
    ...answer.identified,
    priorAnswerCounts: new Map(answer.priorAnswerCounts.map((p) => [p.questionNumber, p.count])),
  };
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
