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

export interface SearchResultProps {
  hit: SearchHit;
  href: string;
  onOpen: (documentId: string) => void;
  linkRef?: (element: HTMLAnchorElement | null) => void;
}

export function SearchResult({ hit, href, onOpen, linkRef }: SearchResultProps) {
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
      </div>
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
