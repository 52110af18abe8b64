/**
 * Annotates the official pages (tweedekamer.nl, officielebekendmakingen.nl, rijksoverheid.nl):
 * detect the page, read it with its site adapter, run the page features. All behaviour lives in
 * ./features (one file each) and utils/sites (one adapter per site).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { pageTranslator } from '../../utils/i18n/strings-page';
import { send } from '../../utils/extension/messaging';
import { detectPage, MATCHES } from '../../utils/sites/detect';
import { annotationOn } from '../../utils/extension/site-switch';
import { readerUrl } from '../../utils/extension/reader-url';
import { runFeatures } from './feature';
import { features } from './features';
import { shadowMounter } from './mount-shadow';
import { createPageContext } from './page-context';
import { pageSettings, type PageSettings } from './page-settings';
import { findReferences } from './reference-finder';

async function annotate(
  ctx: ContentScriptContext,
  signal: AbortSignal,
  early?: Promise<PageSettings>,
): Promise<void> {
  performance.mark('kamerlezer:start');
  const settings = await (early ?? pageSettings());
  if (!annotationOn(settings.sites, location.href)) {
    // The reader switched this site off (options page): leave the page alone. The mark lets
    // tests tell "switched off" from "not done yet".
    performance.mark('kamerlezer:switched-off');
    return;
  }
  const detected = detectPage(location.href);
  if (!detected) return;
  const page = detected.adapter.extract(document);
  if (
    import.meta.env.DEV &&
    detected.detector.kind !== 'kamerstuk' &&
    page.questions.length === 0
  ) {
    // Sites change without notice: say so in development builds instead of failing silently.
    console.warn(
      `[kamerlezer] ${detected.detector.name}: no questions found on this page; has the markup changed?`,
    );
  }
  const { language } = settings;
  const context = createPageContext({
    url: location.href,
    document,
    kind: detected.detector.kind,
    page,
    ask: send,
    language,
    t: pageTranslator(language),
    findReferences,
    mountShadow: shadowMounter(ctx),
    links: {
      readerHref: readerUrl,
      openReader: (id, inBackground) =>
        void send('openReader', { id, active: !inBackground }).catch(() => {}),
    },
  });
  // Ask the background first: its answer takes longest, and the features that need no corpus
  // (citation links, answer jumps) do their work while it is being computed.
  void context.identify();
  const ran = await runFeatures(context, features, signal);
  if (!signal.aborted) performance.mark('kamerlezer:annotated', { detail: { features: ran } });
}

/** Resolves when the page's HTML is parsed (what document_end would have waited for). */
function domParsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) =>
    document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }),
  );
}

export default defineContentScript({
  matches: MATCHES,
  // Started with the page, so the background can get ready while the page loads; the page is
  // read once its HTML is parsed.
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  async main(ctx) {
    let run = new AbortController();
    ctx.onInvalidated(() => run.abort());
    const settings = pageSettings();
    const kind = detectPage(location.href)?.detector.kind;
    if (kind === 'questions' || kind === 'answers') {
      void settings
        .then((s) => (annotationOn(s.sites, location.href) ? send('warmUp', {}) : undefined))
        .catch(() => {});
    }
    await domParsed();
    // Pages that navigate without reloading get annotated afresh; the old UI is removed first.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      run.abort();
      run = new AbortController();
      void annotate(ctx, run.signal);
    });
    return annotate(ctx, run.signal, settings);
  },
});
