/**
 * Typed records of the file contract (DESIGN.md §2). Files hold GeoJSON; the loader turns each feature into one
 * of these plain records (geometry kept as GeoJSON, properties flattened), so every consumer sees one shape.
 */
import type { LineString, Point, Polygon, Position } from 'geojson';
import type {
  Confidence,
  ConfirmationStatus,
  DatePrecision,
  FacilityStatus,
  FacilityType,
  FixtureType,
  LinkedPlaceKind,
  OpeningType,
  PlaceRole,
  Placement,
  Precision,
  RoomUse,
  SourceKind,
  ViolationCategory,
  Visibility,
} from './enums';

export interface LocalizedText {
  en: string;
  ko?: string;
}

/** A pointer from a record to a Source, with where in the source and the words the claim rests on. */
export interface SourceRef {
  sourceId: string;
  locator?: string;
  /** Only words the source itself says, verbatim. */
  quote?: string;
  /** Values of a database's fields as the source gives them (shown as fields, never as a quote), e.g. {"type": "Detention Centre"}. */
  fields?: Record<string, string>;
  /** Why this source's link to the record is doubtful (e.g. the account may describe another facility). */
  doubt?: LocalizedText;
}

/** A third party's capture of a publisher's data (an archive, a scrape): who took it, when and where it is kept. */
export interface SourceCapture {
  by: string;
  /** ISO date or date-time of the capture. */
  at: string;
  method?: string;
  repository?: string;
  commit?: string;
  path?: string;
}

export interface Source {
  id: string;
  kind: SourceKind;
  title: string;
  url?: string;
  publisher?: string;
  /** ISO date, partial allowed ("2019", "2019-01"). */
  date?: string;
  visibility: Visibility;
  capture?: SourceCapture;
  license?: string;
  /** SHA-256 (hex) of the file this source is, when it was imported from a file. */
  sha256?: string;
  note?: LocalizedText;
}

/** The point contradicts the record (e.g. it lies in another province than the one stated). */
export interface LocationDoubt {
  reason: LocalizedText;
}

export interface Confirmation {
  status: ConfirmationStatus;
  /** The source that says so. */
  sourceId?: string;
  note?: LocalizedText;
}

export interface Facility {
  id: string;
  name: LocalizedText;
  type: FacilityType;
  agency: string;
  province: string;
  status: FacilityStatus;
  precision: Precision;
  sources: SourceRef[];
  /** [lon, lat], or null when no source locates it. */
  location: Position | null;
  /** NKPD entity id (sharedId) when the facility is in the register. */
  nkpdId?: string;
  aliases?: string[];
  county?: string;
  /** Disagreements between sources and other remarks an investigator should see. */
  notes?: string[];
  /** The source's own text for normalised fields (e.g. the register's type or name as written). */
  sourceText?: Record<string, string>;
  /** Absent means penal: a place of detention. */
  role?: PlaceRole;
  /** What a linked entity is; required when role is "linked". */
  linkedKind?: LinkedPlaceKind;
  locationDoubt?: LocationDoubt;
  confirmation?: Confirmation;
}

interface PlanFeatureBase {
  id: string;
  name: LocalizedText;
  confidence: Confidence;
  sources: SourceRef[];
  /** Required when confidence is illustrative: what the guess rests on. */
  basis?: string;
}

export interface SitePlanFeature extends PlanFeatureBase {
  kind: 'site';
  geometry: Polygon;
}

export interface BuildingPlanFeature extends PlanFeatureBase {
  kind: 'building';
  geometry: Polygon;
  levels?: number;
  heightM?: number;
}

export interface RoomPlanFeature extends PlanFeatureBase {
  kind: 'room';
  geometry: Polygon;
  buildingId: string;
  level: number;
  use: RoomUse;
  heightM?: number;
}

export interface OpeningPlanFeature extends PlanFeatureBase {
  kind: 'opening';
  geometry: LineString;
  openingType: OpeningType;
  roomId?: string;
}

export interface FixturePlanFeature extends PlanFeatureBase {
  kind: 'fixture';
  geometry: Point;
  fixtureType: FixtureType;
  roomId: string;
}

export type PlanFeature =
  | SitePlanFeature
  | BuildingPlanFeature
  | RoomPlanFeature
  | OpeningPlanFeature
  | FixturePlanFeature;

export interface Plan {
  facilityId: string;
  /** The file it came from, e.g. "plans/nkpd-pe7q4z9cv8.geojson". */
  file: string;
  features: PlanFeature[];
}

export interface DateRange {
  from?: string;
  to?: string;
  /** When absent, derived from the strings (datePrecisionOf in dates.ts). */
  precision?: DatePrecision;
}

/** A violation's classification under a named scheme (e.g. NKDB's), codes per facet as the scheme writes them. */
export interface Classification {
  scheme: string;
  codes: Record<string, string[]>;
}

export interface Violation {
  id: string;
  facilityId: string;
  roomId?: string;
  category: ViolationCategory;
  date: DateRange;
  summary: LocalizedText;
  placement: Placement;
  visibility: Visibility;
  sources: SourceRef[];
  classification?: Classification;
  /** [lon, lat] inside its room, or null when only the facility (or room) is known. */
  location: Position | null;
}

export interface Province {
  name: string;
  pcode: string;
  geometry: Polygon | import('geojson').MultiPolygon;
}

/** A count the register's publisher itself gave (e.g. 148 penal facilities at launch), with its source. */
export interface PublishedFigure {
  count: number;
  /** ISO date, partial allowed, of the figure. */
  date: string;
  /** What was counted, in the publisher's terms. */
  what: LocalizedText;
  sourceId: string;
  /** The source's words, when read. */
  quote?: string;
}

/** What the register's import says about the capture it came from (a foreign member of facilities.geojson). */
export interface RegisterInfo {
  name: string;
  url: string;
  capturedAt: string;
  /** Entities the capture holds (every one becomes a facility, linked places included). */
  entities: number;
  /** The register's record in sources.json (publisher, capture, note). */
  sourceId?: string;
  /** Counts the publisher gave at other times, with their sources. */
  figures?: readonly PublishedFigure[];
}

export interface Dataset {
  facilities: Facility[];
  sources: Source[];
  violations: Violation[];
  provinces: Province[];
  plans: Plan[];
  register?: RegisterInfo;
}
