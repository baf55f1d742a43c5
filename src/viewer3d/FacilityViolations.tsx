/**
 * Violations the 3D view cannot tie to a room, so the text list is where they are reachable: those known only at
 * the facility level, and those placed at a point on the site that lies in no room. Both follow the viewer's
 * category and date filter, and so does the heading's count.
 */
import { useTranslation } from 'react-i18next';
import type { Source, Violation } from '../domain/types';
import { ViolationRecord } from './ViolationRecord';

interface Props {
  /** Already filtered. */
  facilityOnly: readonly Violation[];
  /** Already filtered: pinned at a point on the site but in no room of the plan. */
  onSite: readonly Violation[];
  sources: ReadonlyMap<string, Source>;
}

export function FacilityViolations({ facilityOnly, onSite, sources }: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="facility-violations-heading">
      <h3 id="facility-violations-heading">{t('viewer.facilityViolations', { count: facilityOnly.length + onSite.length })}</h3>
      {facilityOnly.length > 0 && <p className="viewer-hint">{t('viewer.facilityViolationsHint')}</p>}
      {facilityOnly.map((violation) => (
        <ViolationRecord key={violation.id} violation={violation} sources={sources} />
      ))}
      {onSite.length > 0 && (
        <section aria-labelledby="site-violations-heading" className="site-violations">
          <h4 id="site-violations-heading">{t('viewer.siteViolations', { count: onSite.length })}</h4>
          <p className="viewer-hint">{t('viewer.siteViolationsHint')}</p>
          {onSite.map((violation) => (
            <ViolationRecord key={violation.id} violation={violation} sources={sources} />
          ))}
        </section>
      )}
    </section>
  );
}
