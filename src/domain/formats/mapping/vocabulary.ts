/**
 * Closed lists of the contract read from the words files use: the enum values themselves, NKPD's labels ("Detention
 * Centre", as Uwazi exports a select's label), and the Korean terms in common use. Anything else is not guessed:
 * the caller keeps the file's own text beside the record and says so.
 */
import {
  FACILITY_STATUSES,
  FACILITY_TYPES,
  PLACEMENTS,
  PRECISIONS,
  VIOLATION_CATEGORIES,
  type FacilityStatus,
  type FacilityType,
  type Placement,
  type Precision,
  type ViolationCategory,
} from '../../enums';
import { registerStatus, registerType } from '../../register/registerFacility';

/** NKPD's own label of each type (how its Uwazi CSV writes the select), used by the Uwazi and KML exports. */
export const TYPE_LABELS: Readonly<Record<FacilityType, string>> = {
  waiting_room: 'Waiting Room',
  holding_centre: 'Holding Centre',
  detention_centre: 'Detention Centre',
  labour_training_centre: 'Labour Training Centre',
  labour_training_camp: 'Labour Training Camp',
  re_education_camp: 'Re-education Camp',
  political_prison_camp: 'Political Prison Camp',
  closed_detention_facility: 'Closed Detention Facility',
  office: 'Office',
  relief_station: 'Kkotjebi Relief Station',
  other: 'Other',
};

export const STATUS_LABELS: Readonly<Record<FacilityStatus, string>> = { operative: 'Operative', closed: 'Closed', unknown: 'Unknown' };

export const CATEGORY_LABELS: Readonly<Record<ViolationCategory, string>> = {
  arbitrary_detention: 'Arbitrary detention',
  torture: 'Torture',
  starvation: 'Starvation',
  inhumane_conditions: 'Inhumane conditions',
  fair_trial_denial: 'Fair trial denial',
  sexual_violence: 'Sexual violence',
  forced_labour: 'Forced labour',
  death: 'Death',
  other: 'Other',
};

const KOREAN_TYPES: Readonly<Record<string, FacilityType>> = {
  구류장: 'detention_centre',
  집결소: 'holding_centre',
  교화소: 're_education_camp',
  관리소: 'political_prison_camp',
  정치범수용소: 'political_prison_camp',
};

const KOREAN_STATUSES: Readonly<Record<string, FacilityStatus>> = { 운영: 'operative', 운영중: 'operative', 폐쇄: 'closed', 미상: 'unknown' };

const OTHER_CATEGORY_WORDS: Readonly<Record<string, ViolationCategory>> = {
  forced_labor: 'forced_labour',
  arbitrary_arrest: 'arbitrary_detention',
  고문: 'torture',
  자의적_구금: 'arbitrary_detention',
  강제노동: 'forced_labour',
  성폭력: 'sexual_violence',
  사망: 'death',
};

/** Lower case, spaces and hyphens as "_": "Re-education camp" → "re_education_camp". */
function enumKey(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase().replace(/[\s-]+/g, '_');
}

function oneOf<T extends string>(text: string, values: readonly T[]): T | null {
  const key = enumKey(text);
  return values.find((value) => value === key) ?? null;
}

export function facilityTypeOf(text: string): FacilityType | null {
  return oneOf(text, FACILITY_TYPES) ?? registerType(text) ?? KOREAN_TYPES[text.trim().replace(/\s+/g, '')] ?? null;
}

export function facilityStatusOf(text: string): FacilityStatus | null {
  return oneOf(text, FACILITY_STATUSES) ?? registerStatus(text) ?? KOREAN_STATUSES[text.trim().replace(/\s+/g, '')] ?? null;
}

export function precisionOf(text: string): Precision | null {
  return oneOf(text, PRECISIONS);
}

export function categoryOf(text: string): ViolationCategory | null {
  return oneOf(text, VIOLATION_CATEGORIES) ?? OTHER_CATEGORY_WORDS[enumKey(text)] ?? null;
}

export function placementOf(text: string): Placement | null {
  return oneOf(text, PLACEMENTS);
}

/** Partial ISO dates as written in spreadsheets: "2019", "2019-01", "2019/01/31", "2019.01.31" → "2019-01-31". */
export function isoDateOf(text: string): string | null {
  const match = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?\.?$/.exec(text.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  const pad = (part: string) => part.padStart(2, '0');
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return null;
  if (day !== undefined && (Number(day) < 1 || Number(day) > 31)) return null;
  return [year, month && pad(month), day && pad(day)].filter(Boolean).join('-');
}
