/**
 * The panel for an identified set, in a shadow root. It floats in the corner of the window
 * (position: fixed), so appearing a moment after the page moves none of the page's text;
 * collapsed it is one line. First in the body, so it is first in the keyboard order too.
 * Nothing is inserted until the set is identified, unless the browser gives the extension no
 * IndexedDB (a Firefox private window): then a one-line panel says so.
 */
import { render } from 'preact';
import pageCss from '../../../components/page/page-ui.css?inline';
import { panelModel } from '../../../components/page/panel-model';
import { RelatedPanel } from '../../../components/page/related-panel';
import { UnavailablePanel } from '../../../components/page/unavailable-panel';
import { defineFeature } from '../feature';
import type { PageContext } from '../page-context';

export default defineFeature({
  name: 'related-panel',
  include: (context) => context.document.body !== null,
  async init(context, signal) {
    const identified = await context.identify();
    if (signal.aborted) return;
    if (!identified) {
      if (context.storageUnavailable?.()) await mountUnavailable(context, signal);
      return;
    }
    const model = panelModel(identified);
    const mounted = await context.mountShadow({
      name: 'kamerlezer-panel',
      anchor: context.document.body,
      append: 'first',
      css: pageCss,
      attributes: { 'data-kamerlezer': 'panel', 'data-kamerlezer-doc': identified.document.id },
      render(container) {
        render(<RelatedPanel model={model} t={context.t} links={context.links} />, container);
        return () => render(null, container);
      },
    });
    signal.addEventListener('abort', () => mounted.remove(), { once: true });
  },
});

async function mountUnavailable(context: PageContext, signal: AbortSignal): Promise<void> {
  const mounted = await context.mountShadow({
    name: 'kamerlezer-panel',
    anchor: context.document.body,
    append: 'first',
    css: pageCss,
    attributes: { 'data-kamerlezer': 'panel', 'data-kamerlezer-state': 'storage-unavailable' },
    render(container) {
      render(<UnavailablePanel t={context.t} />, container);
      return () => render(null, container);
    },
  });
  signal.addEventListener('abort', () => mounted.remove(), { once: true });
}
