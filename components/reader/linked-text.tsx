/**
 * Text with its references as links: a Kamerstuk or motion to its official page (with the page
 * contract's data-kamerlezer-ref), "vraag 4 en 5" to those questions in this set.
 */
import type { Reference } from '../../utils/corpus/model';
import { kamerstukRefKey, kamerstukUrl } from '../../utils/corpus/official-links';
import { questionAnchor } from '../../utils/ui/answer-blocks';
import { referenceSegments } from '../../utils/ui/reference-segments';
import { linkUrl } from '../../utils/ui/link-url';

export function ReferenceLink({ reference, children }: { reference: Reference; children: string }) {
  if (reference.kamerstuk) {
    return (
      <a
        class={`ref ref-${reference.kind}`}
        href={linkUrl(reference.url) ?? kamerstukUrl(reference.kamerstuk)}
        data-kamerlezer-ref={kamerstukRefKey(reference.kamerstuk)}
        title={reference.label}
        target="_blank"
        rel="noopener noreferrer"
      >
        {children}
      </a>
    );
  }
  if (reference.kind === 'question' && reference.questions?.length) {
    return (
      <a
        class="ref ref-question"
        href={`#${questionAnchor(reference.questions[0])}`}
        title={reference.label}
      >
        {children}
      </a>
    );
  }
  // Only http(s): a reference's URL comes from the sync source, which could say javascript:.
  const url = linkUrl(reference.url);
  if (url) {
    return (
      <a class={`ref ref-${reference.kind}`} href={url} target="_blank" rel="noopener noreferrer">
        {children}
      </a>
    );
  }
  return <span class={`ref ref-${reference.kind}`}>{children}</span>;
}

export function LinkedText({
  text,
  references,
}: {
  text: string;
  references: readonly Reference[];
}) {
  return (
    <>
      {referenceSegments(text, references).map((segment, i) =>
        segment.reference ? (
          <ReferenceLink key={i} reference={segment.reference}>
            {segment.text}
          </ReferenceLink>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
