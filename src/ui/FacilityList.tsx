import { memo, useMemo, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Facility } from '../domain/types';
import { displayName } from '../map/layers/facilityLayers';
import { useDatasetStore } from '../store/datasetStore';
import { useSessionStore } from '../store/sessionStore';
import { useEvidence } from './evidence/evidenceContext';
import { FacilityMarkerIcon } from './MarkerIcon';
import { moveFocus, tabStop } from './rovingFocus';
import { useGrowingCount } from './useGrowingCount';

/** Long lists render in pages so a filter over thousands of facilities never freezes the page. */
const PAGE = 300;
/**
 * A page is put on screen this many items at a time, each in an idle moment (useGrowingCount), and again from the
 * first when a filter changes the list: at first load on a slow machine the whole page at once was one task of
 * over a second.
 */
const STEP = 25;

interface Props {
  /** The facilities that pass the search and filters, in the chosen order. */
  facilities: readonly Facility[];
  /** Called after a facility is chosen in the list (the map flies to it). */
  onChoose: (facility: Facility) => void;
}

/** The items' words, each translated once per language: a list of 300 asks for the same few hundreds of times. */
function itemLabels(t: TFunction) {
  const cache = new Map<string, string>();
  const once = (key: string, make: () => string): string => {
    let text = cache.get(key);
    if (text === undefined) {
      text = make();
      cache.set(key, text);
    }
    return text;
  };
  return {
    kind: (facility: Facility) =>
      facility.role === 'linked'
        ? once(`linked.${facility.linkedKind}`, () => t(`honest.linkedKind.${facility.linkedKind ?? 'other'}`))
        : once(`type.${facility.type}`, () => t(`type.${facility.type}`)),
    violations: (count: number) => once(`violations.${count}`, () => t('evidence.listCount', { count })),
    unlocated: t('list.unlocated'),
    local: t('formats3.local.badge'),
  };
}

interface ItemProps {
  facility: Facility;
  tabbable: boolean;
  current: boolean;
  local: string | null;
  name: string;
  kind: string;
  /** "3 violations"; null when none pass the filters. */
  violations: string | null;
  unlocated: string | null;
}

/** One facility of the list; drawn again only when what it shows changes (a filter change leaves most as they were). */
const FacilityItem = memo(function FacilityItem({ facility, tabbable, current, local, name, kind, violations, unlocated }: ItemProps) {
  return (
    <li data-facility-id={facility.id}>
      <button type="button" className="facility-item" tabIndex={tabbable ? 0 : -1} aria-current={current ? 'true' : undefined}>
        <FacilityMarkerIcon facility={facility} imported={local !== null} />
        <span className="facility-name">{name}</span>
        <span className="facility-type">{kind}</span>
        {violations !== null && <span className="facility-violations">{violations}</span>}
        {unlocated !== null && <span className="facility-unlocated">{unlocated}</span>}
        {local !== null && <span className="facility-local">{local}</span>}
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
  const countOf = useEvidence()?.countOf;
  const labels = useMemo(() => itemLabels(t), [t]);
  const [limit, setLimit] = useState(PAGE);
  const shown = facilities.slice(0, useGrowingCount(limit, STEP, facilities));
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
          {shown.map((facility) => {
            const violations = countOf?.(facility.id) ?? 0;
            return (
              <FacilityItem
                key={facility.id}
                facility={facility}
                tabbable={facility === stop}
                current={facility.id === selectedId}
                local={local.has(facility.id) ? labels.local : null}
                name={displayName(facility, i18n.language)}
                kind={labels.kind(facility)}
                violations={violations > 0 ? labels.violations(violations) : null}
                unlocated={facility.location === null ? labels.unlocated : null}
              />
            );
          })}
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
