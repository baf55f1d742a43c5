/**
 * One NKDB incident at a matched place → a facility-level violation. It says only what the record says: NKDB's
 * case number and the rights NKDB itself labels, in the summary; its codes as NKDB wrote them, in the
 * classification; the decade as a date range. No names, no narrative (the capture holds none), no point.
 */
import type { Feature } from 'geojson';
import { categoryOfRights, dateOfDecades, NKDB_SCHEME_ID, nkdbEntry } from '../classification/nkdbVisualAtlas';
import type { Classification, DateRange, LocalizedText, SourceRef } from '../types';
import type { CaseId } from './caseIds';
import type { NkdbIncident } from './captureFiles';

/** Where the incident happened and how that place was tied to the facility. */
export interface IncidentPlace {
  facilityId: string;
  slug: string;
  /** NKDB's label of the place. */
  label: string;
  /** "high: …", "medium (reviewed): …" or "added: …": the match's confidence and basis. */
  match: string;
}

export interface ViolationProperties {
  id: string;
  facilityId: string;
  category: ReturnType<typeof categoryOfRights>;
  date: DateRange;
  summary: LocalizedText;
  placement: 'facility_only';
  visibility: 'public';
  sources: SourceRef[];
  classification: Classification;
}

export type ViolationFeature = Feature<null, ViolationProperties>;

/** The rights NKDB itself labels in English (its top-level rights), in the record's order, with our Korean. */
function labelledRights(codes: readonly string[]): { en: string[]; ko: string[] } {
  const entries = codes.flatMap((code) => {
    const entry = nkdbEntry('rights', code);
    return entry?.labelBy === 'nkdb' ? [entry] : [];
  });
  return { en: entries.map((entry) => entry.en), ko: entries.map((entry) => entry.ko) };
}

function summaryOf(caseId: CaseId, rights: readonly string[]): LocalizedText {
  const labels = labelledRights(rights);
  const caseEn = caseId.locator === undefined ? 'no case number' : `${caseId.issues.includes('several') ? 'cases' : 'case'} ${caseId.locator}`;
  const caseKo = caseId.locator === undefined ? '사례 번호 없음' : `사례 ${caseId.locator}`;
  return {
    en: `Incident recorded by NKDB (${caseEn})${labels.en.length > 0 ? `: ${labels.en.join('; ')}` : ''}.`,
    ko: `NKDB가 기록한 사건 (${caseKo})${labels.ko.length > 0 ? `: ${labels.ko.join('; ')}` : ''}.`,
  };
}

export function incidentViolation(incident: NkdbIncident, caseId: CaseId, place: IncidentPlace, sourceId: string): ViolationFeature {
  const reference: SourceRef = {
    sourceId,
    ...(caseId.locator === undefined ? {} : { locator: caseId.locator }),
    fields: { place: place.label, location: place.slug, match: place.match },
  };
  return {
    type: 'Feature',
    geometry: null,
    properties: {
      id: caseId.id,
      facilityId: place.facilityId,
      category: categoryOfRights(incident.rights),
      date: dateOfDecades(incident.decade),
      summary: summaryOf(caseId, incident.rights),
      placement: 'facility_only',
      visibility: 'public',
      sources: [reference],
      classification: {
        scheme: NKDB_SCHEME_ID,
        codes: { rights: [...incident.rights], perpetrator: [...incident.perpetrator], decade: [...incident.decade] },
      },
    },
  };
}
