/** The overview page: the local corpus at a glance, as pictures. */
import { useEffect, useState } from 'preact/hooks';
import type { CorpusOverview } from '../utils/corpus/overview';
import { AnsweredRing } from './charts/answered-ring';
import { BarChart } from './charts/bar-chart';
import { MotionChart } from './charts/motion-chart';
import { useT } from './i18n';

export function OverviewPage({ load }: { load: () => Promise<CorpusOverview> }) {
  const t = useT();
  const [overview, setOverview] = useState<CorpusOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    load().then(setOverview, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [load]);
  return (
    <main class="overview">
      <h1>{t('overviewTitle')}</h1>
      {error && (
        <p class="error" role="alert">
          {t('error', { message: error })}
        </p>
      )}
      {!overview && !error && <p class="hint">{t('loading')}</p>}
      {overview && (
        <>
          <p class="totals">
            {t('overviewTotals', { sets: overview.sets, questions: overview.questions })}
          </p>
          <div class="overview-grid">
            <BarChart
              id="by-party"
              title={t('setsByParty')}
              data={overview.byParty.map((d) => ({ label: d.label, value: d.count }))}
              valueLabel="sets"
            />
            <AnsweredRing status={overview.status} />
            <BarChart
              id="by-addressee"
              title={t('setsByAddressee')}
              data={overview.byAddressee.map((d) => ({ label: d.label, value: d.count }))}
              valueLabel="sets"
            />
            <MotionChart motions={overview.topMotions} />
          </div>
        </>
      )}
    </main>
  );
}
