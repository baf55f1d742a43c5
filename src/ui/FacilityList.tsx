import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Facility } from '../domain/types';
import { displayName } from '../map/layers/facilityLayers';
import { useDatasetStore } from '../store/datasetStore';
import { useSessionStore } from '../store/sessionStore';
import { useEvidence } from './evidence/evidenceContext';
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

/** The rows' words, each translated once per language: a list of 300 asks for the same few hundreds of times. */
function rowLabels(t: TFunction) {
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

interface RowProps {
  facility: Facility;
  name: string;
  kind: string;
  /** "3 violations"; null when none pass the filters. */
  violations: string | null;
  unlocated: string | null;
  local: string | null;
  current: boolean;
  tabbable: boolean;
  onChoose: (facility: Facility) => void;
}

/** One facility; redrawn only when what it shows changes (a filter change leaves most rows as they were). */
const FacilityRow = memo(function FacilityRow({ facility, name, kind, violations, unlocated, local, current, tabbable, onChoose }: RowProps) {
  return (
    <li data-facility-id={facility.id}>
      <button type="button" className="facility-item" tabIndex={tabbable ? 0 : -1} aria-current={current ? 'true' : undefined} onClick={() => onChoose(facility)}>
        <FacilityMarkerIcon facility={facility} />
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
  const [limit, setLimit] = useState(PAGE);
  const shown = facilities.slice(0, limit);
  const stop = tabStop(shown, (facility) => facility.id === selectedId);
  const labels = useMemo(() => rowLabels(t), [t]);

  return (
    <div className="facility-list">
      {facilities.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <ul aria-label={t('list.heading')} onKeyDown={(event) => moveFocus(event, 'button.facility-item')}>
          {shown.map((facility) => {
            const violations = countOf?.(facility.id) ?? 0;
            return (
              <FacilityRow
                key={facility.id}
                facility={facility}
                name={displayName(facility, i18n.language)}
                kind={labels.kind(facility)}
                violations={violations > 0 ? labels.violations(violations) : null}
                unlocated={facility.location === null ? labels.unlocated : null}
                local={local.has(facility.id) ? labels.local : null}
                current={facility.id === selectedId}
                tabbable={facility === stop}
                onChoose={onChoose}
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
