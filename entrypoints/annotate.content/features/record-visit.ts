/** Each visit to an identified set goes into the reader's history (side panel), with the dates the page states. */
import { readPageFacts } from '../../../utils/sites/page-dates';
import { defineFeature } from '../feature';

export default defineFeature({
  name: 'record-visit',
  include: (context) => context.page.questions.length > 0 || context.page.title.length > 0,
  async init(context, signal) {
    const identified = await context.identify();
    if (!identified || signal.aborted) return;
    const { aanhangsel: _a, zaak: _z, ...pageFacts } = readPageFacts(context.document, context.url);
    await context.ask('recordVisit', {
      documentId: identified.document.id,
      via: 'page',
      url: context.url,
      pageFacts,
    });
  },
});
