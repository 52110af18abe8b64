/**
 * Answer times on the overview page: a bar chart of the median days to the answer per minister,
 * and tables per ministry, minister and fractie (sets, answered, median days, late, share late).
 */
import type { AnswerTimeRow, AnswerTimes as Times } from '../../utils/clock/answer-times';
import type { UiKey } from '../../utils/i18n/strings-ui';
import { useI18n } from '../i18n';
import { BarChart } from './bar-chart';

function TimesTable({ id, title, rows }: { id: string; title: UiKey; rows: AnswerTimeRow[] }) {
  const { t, language } = useI18n();
  const number = (n: number | null, digits = 0) =>
    n === null
      ? '–'
      : n.toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: digits });
  return (
    <table class="answer-times" data-answer-times={id}>
      <caption>{t(title)}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colLabel')}</th>
          <th scope="col">{t('colSets')}</th>
          <th scope="col">{t('colAnswered')}</th>
          <th scope="col">{t('colMedian')}</th>
          <th scope="col">{t('colLate')}</th>
          <th scope="col">{t('colShareLate')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td>{row.sets}</td>
            <td>{row.answered}</td>
            <td>{number(row.medianDays, 1)}</td>
            <td>{row.late}</td>
            <td>{row.shareLate === null ? '–' : `${Math.round(row.shareLate * 100)}%`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function AnswerTimes({ times }: { times: Times | undefined }) {
  const { t, language } = useI18n();
  return (
    <section class="answer-times-section" aria-labelledby="answer-times-title">
      <h2 id="answer-times-title">{t('answerTimesTitle')}</h2>
      {!times || times.sets === 0 ? (
        <p class="hint">{t('answerTimesNone')}</p>
      ) : (
        <>
          <p class="hint">
            {t('answerTimesIntro', {
              sets: times.sets,
              years:
                times.years.length > 1
                  ? `${times.years[0]}–${times.years[times.years.length - 1]}`
                  : (times.years[0] ?? ''),
            })}
          </p>
          <BarChart
            id="median-days"
            title={t('medianDaysChart')}
            data={times.byMinister
              .filter((r) => r.medianDays !== null)
              .map((r) => ({ label: r.label, value: Math.round(r.medianDays!) }))}
            valueLabel={language === 'nl' ? 'dagen' : 'days'}
          />
          {times.byMinistry.length > 0 && (
            <TimesTable id="ministry" title="answerTimesByMinistry" rows={times.byMinistry} />
          )}
          <TimesTable id="minister" title="answerTimesByMinister" rows={times.byMinister} />
          <TimesTable id="party" title="answerTimesByParty" rows={times.byParty} />
        </>
      )}
    </section>
  );
}
