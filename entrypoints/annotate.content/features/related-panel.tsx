/**
 * The panel, in a shadow root. It floats in the corner of the window (position: fixed), so
 * appearing a moment after the page moves none of the page's text; collapsed it is one line (plus
 * the answer clock). First in the body, so it is first in the keyboard order too. Nothing is
 * inserted until there is something to say:
 * - an identified set: its status (postponed, when it was), the answer clock, follow and citation,
 *   siblings, related sets, citations; the host carries data-kamerlezer-identified="<id>";
 * - a set page whose set is not in the index: "not in your index yet — index updated to …", the
 *   similar earlier sets (prior answers sit at each question); data-kamerlezer-identified="";
 * - a page that fits several sets alike: "one of N sets with these questions", listed;
 * - no IndexedDB here at all (a Firefox private window): one line that says so.
 */
import { render } from 'preact';
import pageCss from '../../../components/page/page-ui.css?inline';
import { AlikePanel } from '../../../components/page/alike-panel';
import { PanelHead } from '../../../components/page/panel-head';
import { panelModel } from '../../../components/page/panel-model';
import { RelatedPanel, type PanelExtras } from '../../../components/page/related-panel';
import { citationOf, citationText } from '../../../utils/citation/citation';
import { clockFactsOf, mergeClockFacts } from '../../../utils/clock/deadline';
import { readPageFacts } from '../../../utils/sites/page-dates';
import { defineFeature } from '../feature';
import type { PageContext } from '../page-context';

async function mount(
  context: PageContext,
  signal: AbortSignal,
  attributes: Record<string, string>,
  draw: (container: HTMLElement) => void,
): Promise<void> {
  const mounted = await context.mountShadow({
    name: 'kamerlezer-panel',
    anchor: context.document.body,
    append: 'first',
    css: pageCss,
    attributes: { 'data-kamerlezer': 'panel', ...attributes },
    render(container) {
      draw(container);
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
      if (context.indexUnavailable()) {
        await mount(context, signal, { 'data-kamerlezer-state': 'index-unavailable' }, (c) =>
          render(
            <section class="panel" aria-label={context.t('panelLabel')} role="status">
              <PanelHead summary={context.t('indexUnavailable')} t={context.t} />
            </section>,
            c,
          ),
        );
        return;
      }
      const alike = await context.alike();
      if (alike.length < 2 || signal.aborted) return;
      await mount(context, signal, { 'data-kamerlezer-alike': String(alike.length) }, (c) =>
        render(<AlikePanel sets={alike} t={context.t} links={context.links} />, c),
      );
      return;
    }
    const model = panelModel(identified, context.page);
    const doc = identified.document;
    const id = doc.id;
    // The corpus's dates first; where it has none (the seed, a page-read set), what the page says.
    const page = readPageFacts(context.document, context.url);
    const { aanhangsel: _a, zaak: _z, ...pageFacts } = page;
    const clock = mergeClockFacts(clockFactsOf(doc), pageFacts);
    const extras: PanelExtras = {
      language: context.language,
      clock,
      watch: identified.inIndex
        ? {
            followed: async () =>
              (await context.ask('listWatchlist', {})).some((e) => e.documentId === id),
            async setFollowed(follow) {
              if (follow) await context.ask('follow', { documentId: id, pageFacts });
              else await context.ask('unfollow', { documentId: id });
              return follow;
            },
          }
        : undefined,
      citation: () =>
        citationText(
          citationOf(doc, context.language, {
            zaak: page.zaak,
            aanhangsel: page.aanhangsel,
            submittedOn: clock.submittedOn,
          }),
        ),
    };
    await mount(
      context,
      signal,
      identified.inIndex
        ? { 'data-kamerlezer-identified': id, 'data-kamerlezer-doc': id }
        : { 'data-kamerlezer-identified': '', 'data-kamerlezer-page-set': id },
      (c) =>
        render(
          <RelatedPanel
            model={model}
            t={context.t}
            links={context.links}
            language={context.language}
            extras={extras}
          />,
          c,
        ),
    );
  },
});
