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

/** Version written into every contract file; a loader meeting a newer one reports it. */
export const SCHEMA_VERSION = 1;
