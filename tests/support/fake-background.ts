/**
 * A stand-in for the background's message handlers, answering from a few documents, so page
 * features can be tested without a browser. Every call is recorded.
 */
import type { KamerDocument } from '../../utils/corpus/model';
import type { MessageName, RequestOf, ResponseOf } from '../../utils/extension/protocol';
import type { PriorAnswer, RelatedSet } from '../../utils/search/types';
import type {
  Ask,
  MountShadow,
  PageContext,
} from '../../entrypoints/annotate.content/page-context';
import { createPageContext } from '../../entrypoints/annotate.content/page-context';
import { pageTranslator } from '../../utils/i18n/strings-page';
import { annotatePage, type AnnotateBackend } from '../../utils/search/annotate-page';
import type { ReferenceFinder } from '../../utils/sites/citation-spans';
import type { SiteAdapter } from '../../utils/sites/extracted-page';
import type { PageKind } from '../../utils/sites/page-detector';
import { summaryOf } from './seed-documents';

export interface FakeBackgroundOptions {
  documents: KamerDocument[];
  /** The set the background proposes for any page, or null. */
  propose: string | null;
  confidence?: number;
  related?: Record<string, RelatedSet[]>;
  prior?: Record<string, Record<number, PriorAnswer[]>>;
}

export function fakeBackground(options: FakeBackgroundOptions) {
  const calls: { name: MessageName; payload: unknown }[] = [];
  const byId = new Map(options.documents.map((d) => [d.id, d]));
  const identifyPage = () => ({
    document: options.propose ? summaryOf(byId.get(options.propose)!) : null,
    confidence: options.propose ? (options.confidence ?? 0.9) : 0,
  });
  const getDocuments = (ids: string[]) => ids.map((id) => byId.get(id) ?? null);
  // The page's one message runs the background's real orchestration over this fake engine.
  const engine: AnnotateBackend['engine'] = {
    identify: async () => identifyPage(),
    related: async (id) => options.related?.[id] ?? [],
    priorAnswerCounts: (document, numbers) =>
      numbers.map((n) => (options.prior?.[document.id]?.[n] ?? []).length),
  };
  const handlers: {
    [N in MessageName]?: (payload: RequestOf<N>) => ResponseOf<N> | Promise<ResponseOf<N>>;
  } = {
    annotatePage: (request) =>
      annotatePage({ engine, getDocuments: async (ids) => getDocuments(ids) }, request),
    identifyPage,
    related: ({ id }) => options.related?.[id] ?? [],
    getDocuments: ({ ids }) => getDocuments(ids),
    getDocument: ({ id }) => byId.get(id) ?? null,
    priorAnswers: ({ id, questionNumber }) => options.prior?.[id]?.[questionNumber] ?? [],
    priorAnswersForSet: ({ id, questionNumbers }) =>
      questionNumbers.map((n) => options.prior?.[id]?.[n] ?? []),
    recordVisit: () => ({ ok: true }),
  };
  const ask: Ask = async (name, payload) => {
    calls.push({ name, payload });
    const handler = handlers[name] as
      | ((p: typeof payload) => ResponseOf<typeof name> | Promise<ResponseOf<typeof name>>)
      | undefined;
    if (!handler) throw new Error(`No fake handler for ${name}`);
    return handler(payload);
  };
  return { ask, calls };
}

/** Shadow roots as the content script makes them, without WXT's extension plumbing. */
export const testMountShadow: MountShadow = async ({
  name,
  anchor,
  append,
  css,
  attributes,
  render,
}) => {
  const doc = anchor.ownerDocument;
  const host = doc.createElement(name);
  for (const [key, value] of Object.entries(attributes)) host.setAttribute(key, value);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  if (append === 'before') anchor.before(host);
  else if (append === 'after') anchor.after(host);
  else if (append === 'first') anchor.prepend(host);
  else anchor.append(host);
  const cleanup = render(container);
  return { host, remove: () => (cleanup(), host.remove()) };
};

export function testContext(
  doc: Document,
  adapter: SiteAdapter,
  ask: Ask,
  options: {
    url?: string;
    kind?: PageKind;
    findReferences?: ReferenceFinder;
    opened?: { id: string; inBackground: boolean }[];
  } = {},
): PageContext {
  return createPageContext({
    url: options.url ?? 'https://zoek.officielebekendmakingen.nl/kv-tk-2025Z10884.html',
    document: doc,
    kind: options.kind ?? 'questions',
    page: adapter.extract(doc),
    ask,
    language: 'nl',
    t: pageTranslator('nl'),
    findReferences: options.findReferences ?? (() => []),
    mountShadow: testMountShadow,
    links: {
      readerHref: (id) => `chrome-extension://test/reader.html?id=${encodeURIComponent(id)}`,
      openReader: (id, inBackground) => void options.opened?.push({ id, inBackground }),
    },
  });
}
