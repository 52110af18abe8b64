/**
 * Annotates the official pages (tweedekamer.nl, officielebekendmakingen.nl, rijksoverheid.nl):
 * detect the page, read it with its site adapter, run the page features. All behaviour lives in
 * ./features (one file each) and utils/sites (one adapter per site).
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { findReferences } from './reference-finder';
import { pageTranslator } from '../../utils/i18n/strings-page';
import { detectLanguage } from '../../utils/i18n/translate';
import { send } from '../../utils/messages/runtime';
import { detectPage, MATCHES } from '../../utils/sites/detect';
import { runFeatures } from './feature';
import { features } from './features';
import { shadowMounter } from './mount-shadow';
import { createPageContext } from './page-context';

export default defineContentScript({
  matches: MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    performance.mark('kamerlezer:start');
    const detected = detectPage(location.href);
    if (!detected) return;
    const language = detectLanguage(navigator.languages);
    const context = createPageContext({
      url: location.href,
      document,
      kind: detected.detector.kind,
      page: detected.adapter.extract(document),
      ask: send,
      language,
      t: pageTranslator(language),
      findReferences,
      mountShadow: shadowMounter(ctx),
    });
    const ran = await runFeatures(context, features, ctx.signal);
    performance.mark('kamerlezer:annotated', { detail: { features: ran } });
  },
});
