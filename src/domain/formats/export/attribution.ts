/**
 * The attribution and licence lines an export carries on every row (a row copied on its own keeps them): what the
 * file is and, for a restricted export, that it must not be published; the register's capture when register
 * records are in it; OCHA's boundaries (CC BY-IGO) where their province codes are used; each cited source's
 * licence and capture (NKDB's, when its violations are included).
 */
import { REGISTER_SOURCE_ID } from '../../register/registerSources';
import type { RegisterInfo } from '../../types';
import type { ExportSelection } from './exportSelection';

/** The provinces file's own attribution and licence (file-level members of provinces.geojson). */
export interface ProvinceAttribution {
  attribution: string;
  license?: string;
}

export interface AttributionContext {
  /** ISO date-time of the export. */
  exportedAt: string;
  register?: RegisterInfo;
  provinces?: ProvinceAttribution;
  /** Whether any exported row carries a province code from the boundaries. */
  usesProvinceCodes: boolean;
  /** Which of the map's filters made the selection (filterLine), when any was set. */
  filters?: string;
}

export interface AttributionLines {
  attribution: string[];
  license: string[];
}

export const RESTRICTED_LINE =
  'RESTRICTED: this file holds records marked restricted (testimony and other confidential sources). Do not publish it or share it beyond the investigating team.';

export function attributionLines(selection: ExportSelection, context: AttributionContext): AttributionLines {
  const { facilities, violations, sources, withheld } = selection;
  const attribution = [`Facility Atlas export, ${context.exportedAt.slice(0, 10)}: ${facilities.length} facilities, ${violations.length} violations.`];
  const license: string[] = [];
  if (selection.restricted) attribution.unshift(RESTRICTED_LINE);
  if (context.filters) attribution.push(context.filters);
  const cited = new Set([...facilities, ...violations].flatMap((record) => record.sources.map((ref) => ref.sourceId)));
  if (context.register && cited.has(REGISTER_SOURCE_ID)) {
    const { name, url, capturedAt, entities } = context.register;
    attribution.push(`Register: ${name}, ${url}, captured ${capturedAt} (${entities} entities).`);
  }
  if (context.provinces && context.usesProvinceCodes) {
    attribution.push(`Province codes: ${context.provinces.attribution}.`);
    if (context.provinces.license) license.push(`Province codes (${context.provinces.attribution}): ${context.provinces.license}.`);
  }
  for (const source of sources) {
    if (source.capture) attribution.push(`${source.title}: captured by ${source.capture.by} on ${source.capture.at}.`);
    if (source.license) license.push(`${source.title}: ${source.license}.`);
  }
  const left = withheld.facilities + withheld.violations;
  if (!selection.restricted && (left > 0 || withheld.sourceRefs > 0)) {
    attribution.push(`Restricted records and sources are not in this public export (${left} records left out, ${withheld.sourceRefs} references withheld).`);
  }
  return { attribution, license };
}

/** The lines as one cell: " | " between them. */
export function joinedLines(lines: readonly string[]): string {
  return lines.join(' | ');
}
