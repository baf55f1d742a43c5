import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Facility } from '../domain/types';
import { displayName } from '../map/layers/facilityLayers';
import { useDatasetStore } from '../store/datasetStore';
import { useSessionStore } from '../store/sessionStore';
import { ViolationBadge } from './evidence/ViolationBadge';
import { FacilityMarkerIcon } from './MarkerIcon';
import { moveFocus, tabStop } from './rovingFocus';

/** Long lists render in pages so a filter over thousands of facilities never freezes the page. */
const PAGE = 300;

interface Props {
  /** The facilities that pass the search and filters, in the chosen order. */
  facilities: readonly Facility[];
  /** Called after a facility is chosen in the list (the map flies to it). */
  onChoose: (facility: Facility) => void;
}

/**
 * The search's results: every facility that passes, one button each, in the sidebar's own flow (no box of its
 * own to scroll). One stop for Tab; arrow keys, Home and End move between items; Enter or Space selects.
 */
export function FacilityList({ facilities, onChoose }: Props) {
  const { t, i18n } = useTranslation();
  const selectedId = useSessionStore((state) => state.facilityId);
  const local = useDatasetStore((state) => state.localFacilityIds);
  const [limit, setLimit] = useState(PAGE);
  const shown = facilities.slice(0, limit);
  const stop = tabStop(shown, (facility) => facility.id === selectedId);

  return (
    <div className="facility-list">
      {facilities.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <ul aria-label={t('list.heading')} onKeyDown={(event) => moveFocus(event, 'button.facility-item')}>
          {shown.map((facility) => (
            <li key={facility.id} data-facility-id={facility.id}>
              <button
                type="button"
                className="facility-item"
                tabIndex={facility === stop ? 0 : -1}
                aria-current={facility.id === selectedId ? 'true' : undefined}
                onClick={() => onChoose(facility)}
              >
                <FacilityMarkerIcon facility={facility} imported={local.has(facility.id)} />
                <span className="facility-name">{displayName(facility, i18n.language)}</span>
                <span className="facility-type">{facility.role === 'linked' ? t(`honest.linkedKind.${facility.linkedKind ?? 'other'}`) : t(`type.${facility.type}`)}</span>
                <ViolationBadge facilityId={facility.id} />
                {facility.location === null && <span className="facility-unlocated">{t('list.unlocated')}</span>}
                {local.has(facility.id) && <span className="facility-local">{t('formats3.local.badge')}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {facilities.length > limit && (
        <button type="button" className="show-more" onClick={() => setLimit(limit + PAGE)}>
          {t('list.showMore', { shown: limit, count: facilities.length })}
        </button>
      )}
    </div>
  );
}
