/** Enumerations of the file contract (DESIGN.md §2). Arrays so validators and UIs can list them. */

export const FACILITY_TYPES = [
  'waiting_room',
  'holding_centre',
  'detention_centre',
  'labour_training_centre',
  'labour_training_camp',
  're_education_camp',
  'political_prison_camp',
  'closed_detention_facility',
  'office',
  'relief_station',
  'other',
] as const;
export type FacilityType = (typeof FACILITY_TYPES)[number];

export const FACILITY_STATUSES = ['operative', 'closed', 'unknown'] as const;
export type FacilityStatus = (typeof FACILITY_STATUSES)[number];

export const PRECISIONS = ['site', 'approximate', 'province'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const SOURCE_KINDS = ['database', 'report', 'article', 'testimony', 'imagery', 'diagram'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const VISIBILITIES = ['public', 'restricted'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const PLAN_FEATURE_KINDS = ['site', 'building', 'room', 'opening', 'fixture'] as const;
export type PlanFeatureKind = (typeof PLAN_FEATURE_KINDS)[number];

export const ROOM_USES = [
  'cell',
  'interrogation',
  'guard_post',
  'corridor',
  'office',
  'toilet',
  'yard',
  'kitchen',
  'storage',
  'other',
] as const;
export type RoomUse = (typeof ROOM_USES)[number];

export const OPENING_TYPES = ['door', 'window', 'bars', 'hatch'] as const;
export type OpeningType = (typeof OPENING_TYPES)[number];

export const FIXTURE_TYPES = ['toilet_hole', 'stove', 'food_hatch', 'other'] as const;
export type FixtureType = (typeof FIXTURE_TYPES)[number];

export const CONFIDENCES = ['corroborated', 'single_source', 'illustrative'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const VIOLATION_CATEGORIES = [
  'arbitrary_detention',
  'torture',
  'starvation',
  'inhumane_conditions',
  'fair_trial_denial',
  'sexual_violence',
  'forced_labour',
  'death',
  'other',
] as const;
export type ViolationCategory = (typeof VIOLATION_CATEGORIES)[number];

export const PLACEMENTS = ['testimony', 'illustrative', 'facility_only'] as const;
export type Placement = (typeof PLACEMENTS)[number];

/** A facility's role in its register: a place of detention, or an entity linked to one (a hospital, a court). */
export const PLACE_ROLES = ['penal', 'linked'] as const;
export type PlaceRole = (typeof PLACE_ROLES)[number];

/** What a linked (non-detention) entity of a register is, as the register names it. */
export const LINKED_PLACE_KINDS = ['hospital', 'court', 'workplace', 'orphanage', 'lodging', 'school', 'other'] as const;
export type LinkedPlaceKind = (typeof LINKED_PLACE_KINDS)[number];

/** Whether a source says a site is confirmed (e.g. HRNK marks some sites as not yet confirmed). */
export const CONFIRMATION_STATUSES = ['confirmed', 'unconfirmed'] as const;
export type ConfirmationStatus = (typeof CONFIRMATION_STATUSES)[number];

/** How precisely a violation's date is known; "decade" is what NKDB gives, "unknown" means no date at all. */
export const DATE_PRECISIONS = ['day', 'month', 'year', 'decade', 'unknown'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Version written into every contract file; a loader meeting a newer one reports it. */
export const SCHEMA_VERSION = 2;
/** Versions a loader reads: an older file is upgraded on reading (src/domain/migrate). */
export const READABLE_SCHEMA_VERSIONS: readonly number[] = [1, 2];
