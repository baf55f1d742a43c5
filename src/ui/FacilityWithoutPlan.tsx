import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Facility, Source } from '../domain/types';
import { useSessionStore } from '../store/sessionStore';
import { CardSection, FacilityCard } from './FacilityCard';
import { useViewHeading } from './viewFocus';

/**
 * /facility/<id> for a facility the atlas knows but has no plan of: its card, and what a reconstruction of its
 * inside would need, so the page is a way in for investigators rather than an empty viewer.
 */
export function FacilityWithoutPlan({ facility, sources }: { facility: Facility; sources: readonly Source[] }) {
  const { t } = useTranslation();
  const page = useRef<HTMLElement>(null);
  useViewHeading(() => page.current?.querySelector<HTMLElement>('[data-card-heading]') ?? null);
  const { leaveFacility, openWorkbench } = useSessionStore.getState();
  const byId = useMemo(() => new Map(sources.map((source) => [source.id, source])), [sources]);
  return (
    <main className="view-page facility-without-plan" ref={page}>
      <p>
        <button type="button" onClick={leaveFacility}>
          <span aria-hidden="true">←</span> {t('viewer.backToMap')}
        </button>
      </p>
      <p className="no-plan-note" role="note">
        {t('shell.noPlan.note')}
      </p>
      <FacilityCard facility={facility} sources={byId} onWorkbench={facility.location ? () => openWorkbench(facility.id) : undefined} />
      <CardSection title={t('shell.noPlan.needed')} className="reconstruction-needs">
        <ul>
          <li>{t('shell.noPlan.needPlan')}</li>
          <li>{facility.location ? t('shell.noPlan.needImageryLocated') : t('shell.noPlan.needLocation')}</li>
          <li>{t('shell.noPlan.needViolations')}</li>
          <li>{t('shell.noPlan.needSources')}</li>
        </ul>
        <p>{facility.location ? t('shell.noPlan.workbench') : t('shell.noPlan.workbenchUnlocated')}</p>
      </CardSection>
    </main>
  );
}
