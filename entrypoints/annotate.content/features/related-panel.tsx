/**
 * The panel for an identified set, in a shadow root. It floats in the corner of the window
 * (position: fixed), so appearing a moment after the page moves none of the page's text;
 * collapsed it is one line (plus the answer clock). First in the body, so it is first in the
 * keyboard order too. Nothing is inserted until the set is identified.
 */
import { render } from 'preact';
import pageCss from '../../../components/page/page-ui.css?inline';
import { panelModel } from '../../../components/page/panel-model';
import { RelatedPanel, type PanelExtras } from '../../../components/page/related-panel';
import { citationOf, citationText } from '../../../utils/citation/citation';
import { clockFactsOf, mergeClockFacts } from '../../../utils/clock/deadline';
import { readPageFacts } from '../../../utils/sites/page-dates';
import { defineFeature } from '../feature';
import type { PageContext } from '../page-context';

/** One line in the corner: the reader learns why nothing is shown (no IndexedDB here). */
async function mountUnavailable(context: PageContext, signal: AbortSignal): Promise<void> {
  const mounted = await context.mountShadow({
    name: 'kamerlezer-panel',
    anchor: context.document.body,
    append: 'first',
    css: pageCss,
    attributes: { 'data-kamerlezer': 'panel', 'data-kamerlezer-state': 'index-unavailable' },
    render(container) {
      render(
        <section class="panel" aria-label={context.t('panelLabel')} role="status">
          <div class="panel-head">
            <span class="name">Kamerlezer</span>
            <span class="summary">{context.t('indexUnavailable')}</span>
          </div>
        </section>,
        container,
      );
      return () => render(null, container);
    },
  });
  signal.addEventListener('abort', () => mounted.remove(), { once: true });
}

export default defineFeature({
  name: 'related-panel',
  include: (context) => context.document.body !== null,
  async init(context, signal) {
    const identified = await context.identify();
    if (signal.aborted) return;
    if (!identified) {
      if (context.indexUnavailable()) await mountUnavailable(context, signal);
      return;
    }
    const model = panelModel(identified);
    const doc = identified.document;
    // The corpus's dates first; where it has none (the seed), what the page itself says.
    const page = readPageFacts(context.document, context.url);
    const { aanhangsel: _a, zaak: _z, ...pageFacts } = page;
    const clock = mergeClockFacts(clockFactsOf(doc), pageFacts);
    const extras: PanelExtras = {
      language: context.language,
      clock,
      watch: {
        followed: async () =>
          (await context.ask('listWatchlist', {})).some((e) => e.documentId === doc.id),
        async setFollowed(follow) {
          if (follow) await context.ask('follow', { documentId: doc.id, pageFacts });
          else await context.ask('unfollow', { documentId: doc.id });
          return follow;
        },
      },
      citation: () =>
        citationText(
          citationOf(doc, context.language, {
            zaak: page.zaak,
            aanhangsel: page.aanhangsel,
            submittedOn: clock.submittedOn,
          }),
        ),
    };
    const mounted = await context.mountShadow({
      name: 'kamerlezer-panel',
      anchor: context.document.body,
      append: 'first',
      css: pageCss,
      attributes: { 'data-kamerlezer': 'panel', 'data-kamerlezer-doc': doc.id },
      render(container) {
        render(
          <RelatedPanel model={model} t={context.t} links={context.links} extras={extras} />,
          container,
        );
        return () => render(null, container);
      },
    });
    signal.addEventListener('abort', () => mounted.remove(), { once: true });
  },
});
