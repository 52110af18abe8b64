/**
 * One search hit: title, people, status, best question with the match marked and, when the
 * minister's answer matched, a snippet of that answer with the match marked.
 */
import type { SearchHit } from '../../utils/search/types';
import { joinNumbers } from '../../utils/ui/format';
import { officialSearchUrl } from '../../utils/corpus/official-links';
import { HighlightedText } from '../highlighted-text';
import { useI18n } from '../i18n';
import { PeopleLine } from '../people-line';
import { StatusBadge } from '../status-badge';
import { FollowToggle, SetClock } from '../clock/set-tools';

export interface SearchResultProps {
  hit: SearchHit;
  href: string;
  onOpen: (documentId: string) => void;
  linkRef?: (element: HTMLAnchorElement | null) => void;
  follow?: { followed: boolean; toggle: (documentId: string) => Promise<void> };
}

export function SearchResult({ hit, href, onOpen, linkRef, follow }: SearchResultProps) {
  const { t, language } = useI18n();
  const { document: doc, question, answer } = hit;
  return (
    <li class="result" data-kamerlezer-doc={doc.id}>
      <a
        class="result-title"
        href={href}
        ref={linkRef}
        onClick={(event) => {
          event.preventDefault();
          onOpen(doc.id);
        }}
      >
        <HighlightedText text={doc.title} ranges={hit.titleHighlights} />
      </a>
      <div class="result-meta">
        <StatusBadge status={doc.status} />
        <span>{t('questionCount', { count: doc.questionCount })}</span>
        {follow && (
          <FollowToggle
            documentId={doc.id}
            title={doc.title}
            followed={follow.followed}
            onToggle={follow.toggle}
          />
        )}
      </div>
      <SetClock facts={doc.clock} />
      <PeopleLine submitters={doc.submitters} addressees={doc.addressees} />
      {question && (
        <p class="result-question">
          <span class="question-number">{t('questionHeading', { number: question.number })}:</span>{' '}
          <HighlightedText text={question.text} ranges={question.highlights} />
        </p>
      )}
      {answer && (
        <p class="result-question result-answer">
          <span class="question-number">
            {t('answerHeading', { numbers: joinNumbers(answer.numbers, language) })}:
          </span>{' '}
          <HighlightedText text={answer.snippet} ranges={answer.highlights} />
        </p>
      )}
      <a
        class="official-link"
        href={officialSearchUrl(doc.title)}
        target="_blank"
        rel="noopener noreferrer"
      >
        {t('officialSearch')}
      </a>
    </li>
  );
}
