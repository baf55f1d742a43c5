/**
 * What an export holds: the facilities the map's filter shows, their violations, and the sources they cite. A
 * public export (the default) fails closed: a source that is missing or not exactly "public" is restricted; a
 * violation that is not exactly "public", or a record citing only restricted sources, is left out; a record citing
 * some restricted sources cites the public placeholder "withheld-sources" in their place (as a public bundle does).
 */
import { WITHHELD_SOURCE } from '../../bundle/publicSubset';
import { isEmptyEvidence, type EvidenceFilter } from '../../evidence/evidenceFilter';
import { evidenceIndexFor } from '../../evidence/evidenceIndex';
import { passingViolations } from '../../evidence/passingViolations';
import { filterFacilities, type FacilityFilter } from '../../facilityFilter';
import { isPublicSource } from '../../publish/sourceVisibility';
import type { Dataset, Facility, Source, SourceRef, Violation } from '../../types';

export const EXPORT_CONTENTS = ['facilities', 'violations', 'all'] as const;
export type ExportContents = (typeof EXPORT_CONTENTS)[number];

export interface ExportRequest {
  filter: FacilityFilter;
  /**
   * The map's violation filters (category, NKDB right, perpetrator, decades): when any is set, only the facilities
   * with a violation that passes, and of their violations only those that pass, as the map shows them.
   */
  evidence?: EvidenceFilter;
  contents: ExportContents;
  /** A restricted export: restricted records included, and the file marked so in its name and content. */
  restricted: boolean;
}

export interface ExportSelection {
  facilities: Facility[];
  violations: Violation[];
  /** The sources the exported records cite (the placeholder among them when references were withheld). */
  sources: Source[];
  restricted: boolean;
  /** What a public export left out: whole records, and references to restricted sources. */
  withheld: { facilities: number; violations: number; sourceRefs: number };
}

export function selectForExport(dataset: Dataset, request: ExportRequest): ExportSelection {
  const { facilities, violations } = shownOnMap(dataset, request);
  const withheld = { facilities: 0, violations: 0, sourceRefs: 0 };
  let kept = { facilities, violations };
  if (!request.restricted) {
    // The public gate's rule: exactly "public", not flagged, never an interview source.
    const publicIds = new Set(dataset.sources.filter(isPublicSource).map((source) => source.id));
    const strip = <T extends { sources: SourceRef[] }>(record: T): T | null => {
      const open = record.sources.filter((ref) => publicIds.has(ref.sourceId));
      if (open.length === 0) return null;
      if (open.length === record.sources.length) return record;
      withheld.sourceRefs += record.sources.length - open.length;
      return { ...record, sources: [...open, { sourceId: WITHHELD_SOURCE.id }] };
    };
    const publicFacilities = facilities.map(strip).filter((facility): facility is Facility => facility !== null).map((facility) => withoutRestrictedConfirmation(facility, publicIds));
    const published = new Set(publicFacilities.map((facility) => facility.id));
    const publicViolations = violations
      .filter((violation) => violation.visibility === 'public' && published.has(violation.facilityId))
      .map(strip)
      .filter((violation): violation is Violation => violation !== null);
    withheld.facilities = facilities.length - publicFacilities.length;
    withheld.violations = violations.length - publicViolations.length;
    kept = { facilities: publicFacilities, violations: publicViolations };
  }
  const selected = {
    facilities: request.contents === 'violations' ? [] : kept.facilities,
    violations: request.contents === 'facilities' ? [] : kept.violations,
  };
  return { ...selected, sources: citedSources(dataset.sources, [...selected.facilities, ...selected.violations]), restricted: request.restricted, withheld };
}

/** What the map shows under the request's filters: the facility filters, then the violation filters. */
function shownOnMap(dataset: Dataset, request: ExportRequest): { facilities: Facility[]; violations: Violation[] } {
  const byFacilityFilter = filterFacilities(dataset.facilities, request.filter);
  const allowed = new Set(byFacilityFilter.map((facility) => facility.id));
  if (!request.evidence || isEmptyEvidence(request.evidence)) {
    return { facilities: byFacilityFilter, violations: dataset.violations.filter((violation) => allowed.has(violation.facilityId)) };
  }
  const violations = passingViolations(evidenceIndexFor(dataset.violations), request.evidence, allowed);
  const withPassing = new Set(violations.map((violation) => violation.facilityId));
  return { facilities: byFacilityFilter.filter((facility) => withPassing.has(facility.id)), violations };
}

/** A confirmation resting on a restricted source keeps its status but not the source's id. */
function withoutRestrictedConfirmation(facility: Facility, publicIds: ReadonlySet<string>): Facility {
  const sourceId = facility.confirmation?.sourceId;
  if (!facility.confirmation || sourceId === undefined || publicIds.has(sourceId)) return facility;
  const { sourceId: _withheld, ...confirmation } = facility.confirmation;
  return { ...facility, confirmation };
}

function citedSources(sources: readonly Source[], records: readonly { sources: SourceRef[] }[]): Source[] {
  const cited = new Set(records.flatMap((record) => record.sources.map((ref) => ref.sourceId)));
  const listed = sources.filter((source) => cited.has(source.id));
  const placeholder = cited.has(WITHHELD_SOURCE.id) && !listed.some((source) => source.id === WITHHELD_SOURCE.id);
  return placeholder ? [...listed, { ...WITHHELD_SOURCE }] : listed;
}
