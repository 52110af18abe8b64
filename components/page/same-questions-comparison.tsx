/** Question by question, each minister's answer side by side (columns scroll sideways). */
import type { KamerDocument } from '../../utils/corpus/model';
import type { PageTranslate } from '../../utils/i18n/strings-page';
import { peopleLabel } from '../../utils/ui/people';
import type { SameQuestionsTable } from '../../utils/ui/same-questions-table';

export function SameQuestionsComparison({
  table,
  documents,
  t,
}: {
  table: SameQuestionsTable;
  documents: KamerDocument[];
  t: PageTranslate;
}) {
  return (
    <div class="compare" role="region" aria-label={t('sameQuestionsHeading')} tabIndex={0}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('questionColumn')}</th>
            {table.columns.map((column, i) => (
              <th scope="col" key={column.documentId} data-kamerlezer-doc={column.documentId}>
                {i === 0 ? `${t('thisPage')}: ` : ''}
                {peopleLabel(column.addressees)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.number}>
              <th scope="row" title={row.question}>
                {row.number}
              </th>
              {row.cells.map((cell, i) => (
                <td key={documents[i]?.id ?? i}>
                  {cell.differs && <div class="muted">{t('wordingDiffers')}</div>}
                  {cell.answeredWith.length > 1 && (
                    <div class="muted">
                      {t('jointAnswer', {
                        numbers: cell.answeredWith.filter((n) => n !== row.number).join(', '),
                      })}
                    </div>
                  )}
                  <div class="answer">{cell.answer ?? t('notAnswered')}</div>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
