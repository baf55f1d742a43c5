import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Facility } from '../domain/types';
import { displayName } from '../map/layers/facilityLayers';
import { useSessionStore } from '../store/sessionStore';
import { MarkerIcon } from './MarkerIcon';

/** Long lists render in pages so a filter over thousands of facilities never freezes the page. */
const PAGE = 300;

interface Props {
  /** The facilities that pass the filter. */
  facilities: readonly Facility[];
  /** Called after a facility is chosen in the list (the map flies to it). */
  onChoose: (facility: Facility) => void;
}

/** Arrow keys move between items, Home/End jump, Enter or Space selects (the items are buttons). */
function moveFocus(event: KeyboardEvent<HTMLUListElement>): void {
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button.facility-item')];
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const target = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
  if (target === undefined || buttons.length === 0) return;
  event.preventDefault();
  buttons[Math.max(0, Math.min(buttons.length - 1, target))]?.focus();
}

/** The accessible list of facilities with its text filter and a live count. */
export function FacilityList({ facilities, onChoose }: Props) {
  const { t, i18n } = useTranslation();
  const filterText = useSessionStore((state) => state.filter.text);
  const setFilterText = useSessionStore((state) => state.setFilterText);
  const selectedId = useSessionStore((state) => state.facilityId);
  const [limit, setLimit] = useState(PAGE);
  const shown = facilities.slice(0, limit);

  return (
    <section aria-labelledby="list-heading" className="facility-list">
      <h2 id="list-heading">{t('list.heading')}</h2>
      <label>
        {t('list.filter')}
        <input
          type="search"
          value={filterText}
          placeholder={t('list.filterPlaceholder')}
          onChange={(event) => setFilterText(event.target.value)}
        />
      </label>
      <p role="status" aria-live="polite" className="list-count">
        {t('list.shown', { count: facilities.length })}
      </p>
      {facilities.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <ul aria-label={t('list.heading')} onKeyDown={moveFocus}>
          {shown.map((facility) => (
            <li key={facility.id} data-facility-id={facility.id}>
              <button
                type="button"
                className="facility-item"
                aria-current={facility.id === selectedId ? 'true' : undefined}
                onClick={() => onChoose(facility)}
              >
                <MarkerIcon type={facility.type} approximate={facility.precision === 'approximate'} />
                <span className="facility-name">{displayName(facility, i18n.language)}</span>
                <span className="facility-type">{t(`type.${facility.type}`)}</span>
                {facility.location === null && <span className="facility-unlocated">{t('list.unlocated')}</span>}
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
    </section>
  );
}
