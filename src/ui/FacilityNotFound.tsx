import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../store/sessionStore';
import { useViewHeading } from './viewFocus';

/** /facility/<id> for an id the atlas does not hold: what happened, and the ways on. */
export function FacilityNotFound({ facilityId }: { facilityId: string }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useViewHeading(() => heading.current);
  const { leaveFacility, select, setFilterText } = useSessionStore.getState();
  const back = () => {
    select(null);
    leaveFacility();
  };
  return (
    <main className="view-page facility-not-found">
      <h2 ref={heading} tabIndex={-1} data-view-heading>
        {t('shell.notFound.heading')}
      </h2>
      <p>{t('shell.notFound.text', { id: facilityId })}</p>
      <p className="view-page-actions">
        <button type="button" className="primary" onClick={back}>
          <span aria-hidden="true">←</span> {t('viewer.backToMap')}
        </button>
        <button
          type="button"
          onClick={() => {
            back();
            setFilterText(facilityId);
          }}
        >
          {t('shell.notFound.search', { id: facilityId })}
        </button>
      </p>
    </main>
  );
}
