/**
 * A set named in the page panel or a prior-answers popover: the name opens the set in the
 * extension's reader view, with a small link to the official search beside it (the corpus has no
 * official address per set). A web page may not navigate to an extension page that is not
 * web-accessible (and we make none accessible: they would let pages detect the extension), so a
 * click asks the background to open the reader in a tab; Ctrl/⌘/Shift-click and the middle button
 * open it in the background, as a link would.
 */
import type { ComponentChildren } from 'preact';
import type { PageTranslate } from '../../utils/i18n/strings-page';
import { officialSearchUrl } from '../../utils/corpus/official-links';

export interface SetLinks {
  /** The reader view's address for a set (shown on hover, copyable). */
  readerHref(documentId: string): string;
  /** Open the reader view on a set in a new tab; `inBackground` leaves the current tab in front. */
  openReader(documentId: string, inBackground: boolean): void;
}

export function SetLink({
  id,
  title,
  links,
  t,
  children,
}: {
  id: string;
  title: string;
  links: SetLinks;
  t: PageTranslate;
  children: ComponentChildren;
}) {
  return (
    <>
      <a
        href={links.readerHref(id)}
        class="set-link"
        data-kamerlezer-reader={id}
        title={t('openInReader')}
        onClick={(event) => {
          event.preventDefault();
          links.openReader(id, event.ctrlKey || event.metaKey || event.shiftKey);
        }}
        onAuxClick={(event) => {
          if (event.button !== 1) return;
          event.preventDefault();
          links.openReader(id, true);
        }}
      >
        {children}
      </a>{' '}
      <a class="official" href={officialSearchUrl(title)} title={t('officialSearch')}>
        {t('officialShort')}
      </a>
    </>
  );
}
