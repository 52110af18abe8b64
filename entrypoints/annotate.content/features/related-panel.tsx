/**
 * The panel for an identified set, in a shadow root above the page text. Nothing is inserted
 * until the set is identified, so unrelated pages and pages of sets outside the corpus keep
 * their layout; collapsed, the panel is a single line.
 */
import { render } from 'preact';
import pageCss from '../../../components/page/page-ui.css?inline';
import { panelModel } from '../../../components/page/panel-model';
import { RelatedPanel } from '../../../components/page/related-panel';
import { defineFeature } from '../feature';

export default defineFeature({
  name: 'related-panel',
  include: (context) => context.page.panelAnchor !== null,
  async init(context, signal) {
    const identified = await context.identify();
    if (!identified || signal.aborted) return;
    const model = panelModel(identified);
    const mounted = await context.mountShadow({
      name: 'kamerlezer-panel',
      anchor: context.page.panelAnchor!,
      append: 'before',
      css: pageCss,
      attributes: { 'data-kamerlezer': 'panel', 'data-kamerlezer-doc': identified.document.id },
      render(container) {
        render(<RelatedPanel model={model} t={context.t} />, container);
        return () => render(null, container);
      },
    });
    signal.addEventListener('abort', () => mounted.remove(), { once: true });
  },
});
