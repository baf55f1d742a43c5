/**
 * The line an export carries to say which of the map's filters made it (every part set, by its values as the data
 * holds them), so a file found later says what it is a selection of. Null when no filter was set.
 */
import type { FacilityFilter } from '../../facilityFilter';
import type { EvidenceFilter } from '../../evidence/evidenceFilter';

type Part = [label: string, values: readonly string[] | undefined];

export function filterLine(filter: FacilityFilter, evidence?: EvidenceFilter): string | null {
  const text = filter.text.trim();
  const parts: Part[] = [
    ['search', text === '' ? [] : [`"${text}"`]],
    ['type', filter.types],
    ['agency', filter.agencies],
    ['province', filter.provinces],
    ['status', filter.statuses],
    ['precision', filter.precisions],
    ['role', filter.roles],
    ['confirmation', filter.confirmations],
    ['point', filter.pointDoubts],
    ['violation category', evidence?.categories],
    ['NKDB right', evidence?.rights],
    ['NKDB perpetrator', evidence?.perpetrators],
    ['decades', evidence?.decades ? [`${evidence.decades.from}s–${evidence.decades.to}s (violations with an unknown date left out)`] : []],
  ];
  const set = parts.filter(([, values]) => values && values.length > 0).map(([label, values]) => `${label}: ${(values ?? []).join(', ')}`);
  if (set.length === 0) return null;
  const violationsNarrowed = evidence !== undefined && parts.slice(-4).some(([, values]) => values && values.length > 0);
  return `Filters: ${set.join('; ')}.${violationsNarrowed ? ' Only the violations passing the violation filters are included, and only the facilities with one.' : ''}`;
}
