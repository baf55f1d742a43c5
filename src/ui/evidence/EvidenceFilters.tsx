import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { nkdbEntry } from '../../domain/classification/nkdbVisualAtlas';
import { countEvidence } from '../../domain/evidence/evidenceCounts';
import { EMPTY_EVIDENCE, activeEvidenceParts } from '../../domain/evidence/evidenceFilter';
import { TOP_LEVEL_CODES } from '../../domain/evidence/nkdbFacets';
import { VIOLATION_CATEGORIES } from '../../domain/enums';
import { useSessionStore, type EvidenceListFacet } from '../../store/sessionStore';
import { SidebarSection } from '../SidebarSection';
import { DecadeBrush } from './DecadeBrush';
import { useEvidence } from './evidenceContext';
import { RingLegend } from './RingLegend';
import './evidence.css';

interface Option {
  value: string;
  label: string;
  count: number;
}

function FacetList({ facet, title, options, note }: { facet: EvidenceListFacet; title: string; options: readonly Option[]; note?: string }) {
  const chosen = useSessionStore((state) => state.evidence[facet]) as readonly string[];
  const toggle = useSessionStore((state) => state.toggleEvidence);
  return (
    <details open={facet === 'categories' || chosen.length > 0}>
      <summary>
        {title}
        {chosen.length > 0 && ` (${chosen.length})`}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{title}</legend>
        {note && <p className="evidence-note">{note}</p>}
        {options.map((option) => (
          <label key={option.value} className="facet-option">
            <input type="checkbox" checked={chosen.includes(option.value)} onChange={() => toggle(facet, option.value)} />
            <span>{option.label}</span>
            <span className="facet-count">{option.count}</span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}

/**
 * The violation filters, TimeMap-style: how many violations and facilities they leave, the decade histogram to
 * brush, our categories, NKDB's rights and perpetrator types (NKDB's labels), each value with the count it would
 * show given the other filters, and the rings' legend. Closed under the search until wanted; open once a
 * violation filter is set (by a link or the reader).
 */
export function EvidenceFilters() {
  const { t, i18n } = useTranslation();
  const evidence = useEvidence();
  const setDecades = useSessionStore((state) => state.setDecades);
  const clearEvidence = useSessionStore((state) => state.clearEvidence);
  const filter = useSessionStore((state) => state.evidence);
  // Every value the dataset holds is listed (so ticking one does not move the others), with its current count.
  const index = evidence?.index;
  const present = useMemo(() => (index ? countEvidence(index, EMPTY_EVIDENCE) : null), [index]);
  // Opened by a filter (a link's, or the reader's), the section stays open: clearing does not fold it under them.
  const opened = useRef(false);
  const active = activeEvidenceParts(filter);
  if (active > 0) opened.current = true;
  if (!evidence || !present) return null;
  const { counts } = evidence;
  const facilities = evidence.shown.filter((facility) => evidence.countOf(facility.id) > 0).length;
  const label = (facet: 'rights' | 'perpetrator', code: string) => {
    const entry = nkdbEntry(facet, code);
    return (i18n.language === 'ko' ? entry?.ko : entry?.en) ?? code;
  };
  const nkdbOptions = (facet: 'rights' | 'perpetrator', byCode: ReadonlyMap<string, number>, all: ReadonlyMap<string, number>): Option[] =>
    TOP_LEVEL_CODES[facet].filter((code) => all.has(code)).map((code) => ({ value: code, label: label(facet, code), count: byCode.get(code) ?? 0 }));

  return (
    <SidebarSection id="evidence" className="evidence-filters" title={t('evidence.heading')} badge={active > 0 ? t('filters.active', { count: active }) : undefined} open={opened.current}>
      <p className="evidence-total" role="status">
        {t('evidence.total', { count: counts.total, facilities })}
      </p>
      <DecadeBrush bins={counts.byDecade} unknownDate={counts.unknownDate} range={filter.decades} onRange={setDecades} />
      <FacetList
        facet="categories"
        title={t('evidence.categories')}
        options={VIOLATION_CATEGORIES.filter((category) => present.byCategory.has(category)).map((category) => ({
          value: category,
          label: t(`category.${category}`),
          count: counts.byCategory.get(category) ?? 0,
        }))}
      />
      <FacetList facet="rights" title={t('evidence.rights')} note={t('evidence.nkdbLabels')} options={nkdbOptions('rights', counts.byRights, present.byRights)} />
      <FacetList facet="perpetrators" title={t('evidence.perpetrators')} note={t('evidence.nkdbLabels')} options={nkdbOptions('perpetrator', counts.byPerpetrator, present.byPerpetrator)} />
      <button type="button" className="filters-clear" onClick={clearEvidence} disabled={active === 0}>
        {t('evidence.clear')}
      </button>
      <RingLegend />
    </SidebarSection>
  );
}
