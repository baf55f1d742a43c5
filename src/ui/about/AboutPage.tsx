/**
 * /about: what the data is — every source with who published it, who captured it and when and its licence; what
 * was merged; what is doubtful; what imports left out. Its own view in the shell, loaded only when opened.
 */
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { aboutData } from '../../domain/aboutData';
import type { Source } from '../../domain/types';
import { useDatasetStore } from '../../store/datasetStore';
import { useSessionStore } from '../../store/sessionStore';
import { useViewHeading } from '../viewFocus';
import { DoubtfulParts, ImportsLeftOut, MergedRecords } from './AboutDisclosures';
import { AboutSources } from './AboutSources';
import './about.css';

const NO_SOURCES: Source[] = [];

export default function AboutPage() {
  const { t } = useTranslation();
  const dataset = useDatasetStore((state) => state.dataset);
  const problems = useDatasetStore((state) => state.problems);
  const heading = useRef<HTMLHeadingElement>(null);
  useViewHeading(() => heading.current);
  const leaveFacility = useSessionStore((state) => state.leaveFacility);
  const data = useMemo(() => aboutData(dataset?.facilities ?? [], problems, dataset?.imports ?? []), [dataset, problems]);
  const sources = dataset?.sources ?? NO_SOURCES;
  const byId = useMemo(() => new Map(sources.map((source) => [source.id, source])), [sources]);
  return (
    <main className="view-page about-page">
      <p>
        <button type="button" onClick={leaveFacility}>
          <span aria-hidden="true">←</span> {t('honest.about.back')}
        </button>
      </p>
      <h2 ref={heading} tabIndex={-1} data-view-heading>
        {t('honest.about.heading')}
      </h2>
      <p>{t('honest.about.intro')}</p>
      <section aria-labelledby="about-sources">
        <h3 id="about-sources">{t('honest.about.sources', { count: sources.length })}</h3>
        <AboutSources sources={sources} />
      </section>
      <MergedRecords data={data} />
      <DoubtfulParts data={data} />
      <ImportsLeftOut data={data} sources={byId} />
    </main>
  );
}
