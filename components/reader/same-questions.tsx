/** "Dezelfde vragen aan andere bewindspersonen": per question, each ministry's answer side by side. */
import type { KamerDocument } from '../../utils/corpus/model';
import { peopleLabel } from '../../utils/ui/people';
import { sameQuestionsTable } from '../../utils/ui/same-questions-table';
import { joinNumbers } from '../../utils/ui/format';
import { useI18n, useT } from '../i18n';
import { StatusBadge } from '../status-badge';

const OPENING = 320;

function AnswerCell({ answer }: { answer: string | null }) {
  const t = useT();
  if (answer === null) return <span class="unanswered">{t('notAnswered')}</span>;
  if (answer.length <= OPENING) return <>{answer}</>;
  return (
    <details>
      <summary>{answer.slice(0, OPENING).trimEnd()}…</summary>
      {answer}
    </details>
  );
}

export function SameQuestions({
  document: doc,
  siblings,
  readerHref,
}: {
  document: KamerDocument;
  siblings: KamerDocument[];
  readerHref: (id: string) => string;
}) {
  const { t, language } = useI18n();
  if (siblings.length === 0) return null;
  const table = sameQuestionsTable(doc, siblings);
  return (
    <section class="same-questions" aria-labelledby="same-questions-title">
      <h2 id="same-questions-title">{t('sameQuestionsTitle')}</h2>
      <div class="table-scroll" tabIndex={0} role="region" aria-label={t('sameQuestionsCaption')}>
        <table>
          <caption>{t('sameQuestionsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('questionColumn')}</th>
              {table.columns.map((column) => (
                <th scope="col" key={column.documentId} data-kamerlezer-doc={column.documentId}>
                  {column.documentId === doc.id ? (
                    peopleLabel(column.addressees)
                  ) : (
                    <a href={readerHref(column.documentId)}>{peopleLabel(column.addressees)}</a>
                  )}{' '}
                  <StatusBadge status={column.status} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.number}>
                <th scope="row">
                  <span class="question-number">{row.number}.</span> {row.question}
                </th>
                {row.cells.map((cell, i) => (
                  <td key={table.columns[i].documentId}>
                    {cell.numbers.length === 0 ? (
                      <span class="hint">{t('notAsked')}</span>
                    ) : (
                      <>
                        <AnswerCell answer={cell.answer} />
                        {(cell.numbers.length > 1 || cell.numbers[0] !== row.number) && (
                          <span class="hint">
                            {' '}
                            {t('askedAs', { number: joinNumbers(cell.numbers, language) })}
                          </span>
                        )}
                        {cell.differs && <span class="hint"> {t('differsNote')}</span>}
                      </>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
