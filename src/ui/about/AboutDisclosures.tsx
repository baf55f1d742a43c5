import { localText } from '../../domain/localText';
import { useTranslation } from 'react-i18next';
import { leftOutByReason, type AboutData } from '../../domain/aboutData';
import type { Source } from '../../domain/types';
import { useSessionStore } from '../../store/sessionStore';


/** A facility's name as a button that opens its card on the map. */
function FacilityLink({ id, name }: { id: string; name: string }) {
  const showOnMap = useSessionStore((state) => state.showOnMap);
  return (
    <button type="button" className="link-button" onClick={() => showOnMap(id)}>
      {name}
    </button>
  );
}

export function MergedRecords({ data }: { data: AboutData }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="about-merged">
      <h3 id="about-merged">{t('honest.about.merged', { count: data.merged.length })}</h3>
      <p>{t('honest.about.mergedIntro')}</p>
      <details>
        <summary>{t('honest.about.merged', { count: data.merged.length })}</summary>
        <ul className="about-merged">
          {data.merged.map(({ facility, mergedId, note }) => (
            <li key={`${facility.id}-${mergedId}`}>
              <FacilityLink id={facility.id} name={facility.name.en} /> ← <code>{mergedId}</code>: {note}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

export function DoubtfulParts({ data }: { data: AboutData }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="about-doubtful">
      <h3 id="about-doubtful">{t('honest.about.doubtful')}</h3>
      <h4>{t('honest.about.doubtfulPoints', { count: data.doubtfulPoints.length })}</h4>
      <ul className="about-doubtful-points">
        {data.doubtfulPoints.map(({ facility, reason }) => (
          <li key={facility.id} data-facility-id={facility.id}>
            <FacilityLink id={facility.id} name={localText(facility.name, i18n.language)} />: {localText(reason, i18n.language)}
          </li>
        ))}
      </ul>
      <h4>{t('honest.about.provinceWarnings', { count: data.disclosedWarnings.length })}</h4>
      <ul className="about-disclosed">
        {data.disclosedWarnings.map((problem) => (
          <li key={`${problem.file}-${problem.featureId}`}>
            <code>{problem.featureId}</code>: {problem.message}
          </li>
        ))}
      </ul>
      <p>{t('honest.about.unconfirmed', { count: data.unconfirmed.length })}</p>
    </section>
  );
}

export function ImportsLeftOut({ data, sources }: { data: AboutData; sources: ReadonlyMap<string, Source> }) {
  const { t } = useTranslation();
  if (data.imports.length === 0) return null;
  return (
    <section aria-labelledby="about-imports">
      <h3 id="about-imports">{t('honest.about.imports')}</h3>
      {data.imports.map((report) => {
        const { reasons } = leftOutByReason(report);
        const imported = Object.values(report.imported).reduce((sum, count) => sum + count, 0);
        const captionId = `about-left-out-${report.sourceId}`;
        return (
          <div key={report.sourceId} data-import={report.sourceId}>
            <p>
              {t('honest.about.importSummary', {
                source: sources.get(report.sourceId)?.title ?? report.sourceId,
                records: report.records,
                date: report.capturedAt.slice(0, 10),
                imported,
                added: report.facilitiesAdded,
              })}
            </p>
            <table aria-labelledby={captionId}>
              <caption id={captionId}>{t('honest.about.leftOutHeading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('honest.about.reason')}</th>
                  <th scope="col">{t('honest.about.count')}</th>
                </tr>
              </thead>
              <tbody>
                {reasons.map(({ reason, count }) => (
                  <tr key={reason} data-reason={reason}>
                    <th scope="row">{t(`honest.leftOut.${reason}`, { defaultValue: reason })}</th>
                    <td>{count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </section>
  );
}
