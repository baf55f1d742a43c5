import { memo, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Facility } from '../domain/types';
import { displayName } from '../map/layers/facilityLayers';
import { useDatasetStore } from '../store/datasetStore';
import { useSessionStore } from '../store/sessionStore';
import { ViolationBadge } from './evidence/ViolationBadge';
import { FacilityMarkerIcon } from './MarkerIcon';
import { moveFocus, tabStop } from './rovingFocus';
import { useGrowingCount } from './useGrowingCount';

/** Long lists render in pages so a filter over thousands of facilities never freezes the page. */
const PAGE = 300;
/**
 * A page is put on screen this many items at a time, each in an idle moment (useGrowingCount): at first load on a
 * slow machine the whole page at once was one task of over a second.
 */
const STEP = 25;

interface Props {
  /** The facilities that pass the search and filters, in the chosen order. */
  facilities: readonly Facility[];
  /** Called after a facility is chosen in the list (the map flies to it). */
  onChoose: (facility: Facility) => void;
}

interface ItemProps {
  facility: Facility;
  tabbable: boolean;
  current: boolean;
  local: boolean;
  language: string;
  t: TFunction;
}

/** One facility of the list; drawn again only when its own props change (the list grows step by step). */
const FacilityItem = memo(function FacilityItem({ facility, tabbable, current, local, language, t }: ItemProps) {
  return (
    <li data-facility-id={facility.id}>
      <button type="button" className="facility-item" tabIndex={tabbable ? 0 : -1} aria-current={current ? 'true' : undefined}>
        <FacilityMarkerIcon facility={facility} imported={local} />
        <span className="facility-name">{displayName(facility, language)}</span>
        <span className="facility-type">{facility.role === 'linked' ? t(`honest.linkedKind.${facility.linkedKind ?? 'other'}`) : t(`type.${facility.type}`)}</span>
        <ViolationBadge facilityId={facility.id} />
        {facility.location === null && <span className="facility-unlocated">{t('list.unlocated')}</span>}
        {local && <span className="facility-local">{t('formats3.local.badge')}</span>}
      </button>
    </li>
  );
});

/**
 * The search's results: every facility that passes, one button each, in the sidebar's own flow (no box of its
 * own to scroll). One stop for Tab; arrow keys, Home and End move between items; Enter or Space selects.
 */
export function FacilityList({ facilities, onChoose }: Props) {
  const { t, i18n } = useTranslation();
  const selectedId = useSessionStore((state) => state.facilityId);
  const local = useDatasetStore((state) => state.localFacilityIds);
  const [limit, setLimit] = useState(PAGE);
  const shown = facilities.slice(0, useGrowingCount(limit, STEP));
  const stop = tabStop(shown, (facility) => facility.id === selectedId);
  // One handler for every item's button (a click, or Enter and Space on it).
  const choose = (event: MouseEvent<HTMLUListElement>) => {
    const id = (event.target as Element).closest('button.facility-item')?.closest('li')?.dataset.facilityId;
    const facility = shown.find((item) => item.id === id);
    if (facility) onChoose(facility);
  };

  return (
    <div className="facility-list">
      {facilities.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <ul aria-label={t('list.heading')} onClick={choose} onKeyDown={(event) => moveFocus(event, 'button.facility-item')}>
          {shown.map((facility) => (
            <FacilityItem
              key={facility.id}
              facility={facility}
              tabbable={facility === stop}
              current={facility.id === selectedId}
              local={local.has(facility.id)}
              language={i18n.language}
              t={t}
            />
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
