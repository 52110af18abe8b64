/**
 * What the page panel shows, derived from the identified set: its status, the same questions put
 * to other ministers (side by side), related sets (siblings not repeated), and the motions and
 * Kamerstukken it cites, once each, linked to their official pages.
 */
import type { KamerDocument } from '../../utils/corpus/model';
import type { RelatedSet } from '../../utils/search/types';
import { linkUrl } from '../../utils/ui/link-url';
import { kamerstukRefKey, kamerstukUrl } from '../../utils/corpus/official-links';
import { sameQuestionsTable, type SameQuestionsTable } from '../../utils/ui/same-questions-table';

export interface CitedPaper {
  label: string;
  kamerstuk: string;
  ref: string;
  url: string;
}

export interface PanelModel {
  document: KamerDocument;
  confidence: number;
  siblings: KamerDocument[];
  comparison: SameQuestionsTable | null;
  related: RelatedSet[];
  cited: CitedPaper[];
}

export function panelModel(identified: {
  document: KamerDocument;
  confidence: number;
  siblings: KamerDocument[];
  related: RelatedSet[];
}): PanelModel {
  const { document, siblings } = identified;
  const siblingIds = new Set(siblings.map((s) => s.id));
  const cited = new Map<string, CitedPaper>();
  for (const ref of document.references) {
    if (
      (ref.kind !== 'motion' && ref.kind !== 'kamerstuk') ||
      !ref.kamerstuk ||
      cited.has(ref.kamerstuk)
    )
      continue;
    cited.set(ref.kamerstuk, {
      // "initiatiefnota «Wolken aan de horizon» (Kamerstuk 36574)": the number tells readers what
      // the link opens; a label that already names the Kamerstuk stays as it is.
      label: /\bkamerstuk\b/i.test(ref.label)
        ? ref.label
        : `${ref.label} (Kamerstuk ${ref.kamerstuk})`,
      kamerstuk: ref.kamerstuk,
      ref: kamerstukRefKey(ref.kamerstuk),
      // Only http(s) from the sync source: this link sits in the official site's page.
      url: linkUrl(ref.url) ?? kamerstukUrl(ref.kamerstuk),
    });
  }
  return {
    document,
    confidence: identified.confidence,
    siblings,
    comparison: siblings.length > 0 ? sameQuestionsTable(document, siblings) : null,
    related: identified.related.filter(
      (r) => r.document.id !== document.id && !siblingIds.has(r.document.id),
    ),
    cited: [...cited.values()],
  };
}
