/**
 * Typed records of the file contract (DESIGN.md §2). Files hold GeoJSON; the loader turns each feature into one
 * of these plain records (geometry kept as GeoJSON, properties flattened), so every consumer sees one shape.
 */
import type { LineString, Point, Polygon, Position } from 'geojson';
import type {
  Confidence,
  FacilityStatus,
  FacilityType,
  FixtureType,
  OpeningType,
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
  quote?: string;
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
  /** [lon, lat] inside its room, or null when only the facility (or room) is known. */
  location: Position | null;
}

export interface Province {
  name: string;
  pcode: string;
  geometry: Polygon | import('geojson').MultiPolygon;
}

/** What the register's import says about the capture it came from (a foreign member of facilities.geojson). */
export interface RegisterInfo {
  name: string;
  url: string;
  capturedAt: string;
  entities: number;
}

export interface Dataset {
  facilities: Facility[];
  sources: Source[];
  violations: Violation[];
  provinces: Province[];
  plans: Plan[];
  register?: RegisterInfo;
}
