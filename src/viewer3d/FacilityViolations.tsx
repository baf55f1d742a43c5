/**
 * Violations the 3D view cannot tie to a room, so the text list is where they are reachable: those known only at
 * the facility level (every NKDB incident: counted by category and decade, then listed a page at a time with
 * their case numbers — never pinned), and those placed at a point on the site that lies in no room. Both follow
 * the viewer's category and date filter, and so does the heading's count.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source, Violation } from '../domain/types';
import { FacilityLevelSummary } from './FacilityLevelSummary';
import { PagedRecords } from './PagedRecords';

interface Props {
  /** Already filtered. */
  facilityOnly: readonly Violation[];
  /** Already filtered: pinned at a point on the site but in no room of the plan. */
  onSite: readonly Violation[];
  sources: ReadonlyMap<string, Source>;
}

/** Memoised: a page of records and the summary are not drawn again when a room is chosen. */
export const FacilityViolations = memo(function FacilityViolations({ facilityOnly, onSite, sources }: Props) {
  const { t } = useTranslation();
  const heading = t('viewer.facilityViolations', { count: facilityOnly.length + onSite.length });
  return (
    <section aria-labelledby="facility-violations-heading" className="facility-violations">
      <h3 id="facility-violations-heading">{heading}</h3>
      {facilityOnly.length > 0 && (
        <>
          <p className="viewer-hint">{t('viewer.facilityViolationsHint')}</p>
          <FacilityLevelSummary violations={facilityOnly} />
          <PagedRecords violations={facilityOnly} sources={sources} label={heading} />
        </>
      )}
      {onSite.length > 0 && (
        <section aria-labelledby="site-violations-heading" className="site-violations">
          <h4 id="site-violations-heading">{t('viewer.siteViolations', { count: onSite.length })}</h4>
          <p className="viewer-hint">{t('viewer.siteViolationsHint')}</p>
          <PagedRecords violations={onSite} sources={sources} label={t('viewer.siteViolations', { count: onSite.length })} />
        </section>
      )}
    </section>
  );
});
