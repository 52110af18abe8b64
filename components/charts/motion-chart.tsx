/** The most-cited motions, each linked to its official page, with a bar for how many sets cite it. */
import type { CorpusOverview } from '../../utils/corpus/overview';
import { linkUrl } from '../../utils/ui/link-url';
import { kamerstukRefKey, kamerstukUrl } from '../../utils/corpus/official-links';
import { useT } from '../i18n';

export function MotionChart({ motions }: { motions: CorpusOverview['topMotions'] }) {
  const t = useT();
  const max = Math.max(1, ...motions.map((m) => m.sets));
  return (
    <section class="chart motions" aria-labelledby="motions-title">
      <h2 id="motions-title">{t('mostCitedMotions')}</h2>
      {motions.length === 0 ? (
        <p class="hint">{t('noMotions')}</p>
      ) : (
        <ol>
          {motions.map((motion) => (
            <li key={motion.kamerstuk}>
              <a
                href={linkUrl(motion.url) ?? kamerstukUrl(motion.kamerstuk)}
                data-kamerlezer-ref={kamerstukRefKey(motion.kamerstuk)}
                target="_blank"
                rel="noopener noreferrer"
              >
                {motion.label}
              </a>{' '}
              <span class="hint">
                (Kamerstuk {motion.kamerstuk},{' '}
                {motion.sets === 1 ? t('citedInOneSet') : t('citedInSets', { count: motion.sets })})
              </span>
              <svg
                class="motion-bar"
                viewBox="0 0 100 6"
                preserveAspectRatio="none"
                width="100%"
                height="6"
                aria-hidden="true"
              >
                <rect width={(motion.sets / max) * 100} height="6" rx="1" />
              </svg>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
