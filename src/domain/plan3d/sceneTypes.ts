/**
 * A facility plan turned into 3D shapes in local metres: x east, y north, z up, on a local tangent plane whose
 * origin is the plan's origin (the facility's point, else the plan's centroid). Pure data: the viewer turns it
 * into three.js geometry, the glTF writer into nodes named by plan feature ids.
 */
import type { Confidence, FixtureType, OpeningType, RoomUse } from '../enums';
import type { LocalizedText, SourceRef } from '../types';

/** [x, y] in metres on the local plane. */
export type LocalPoint = [number, number];
/** A closed outline without the repeated last point, counter-clockwise. */
export type LocalRing = LocalPoint[];

export interface LocalFrame {
  /** [lon, lat] of the plane's origin. */
  origin: [number, number];
}

/** What every drawn element carries so the viewer can say how sure we are and why. */
export interface Provenance {
  id: string;
  name: LocalizedText;
  confidence: Confidence;
  basis?: string;
  sources: SourceRef[];
}

export interface RoomShape extends Provenance {
  buildingId: string;
  level: number;
  use: RoomUse;
  /** Outer ring of the floor; holes are ignored for drawing. */
  floor: LocalRing;
  /** Floor height above ground (level × storey height). */
  elevation: number;
  height: number;
  areaM2: number;
  /** A point inside the room (not only inside its bounding box), for labels and pins. */
  interior: LocalPoint;
}

export type WallKind = 'wall' | 'bars' | 'window';

/** A straight piece of wall along a room edge; door and hatch openings are gaps between pieces. */
export interface WallSegment {
  /** `${roomId}:wall:${edgeIndex}:${pieceIndex}` — stable across rebuilds. */
  id: string;
  roomId: string;
  kind: WallKind;
  start: LocalPoint;
  end: LocalPoint;
  base: number;
  height: number;
  thickness: number;
  /** What the piece rests on: its opening's confidence for bars and windows, else the room's outline (roomWalls.ts). */
  confidence: Confidence;
  /** The bars or window opening this piece draws. */
  openingId?: string;
}

export interface OpeningShape extends Provenance {
  openingType: OpeningType;
  roomId?: string;
  start: LocalPoint;
  end: LocalPoint;
}

export interface BuildingShell extends Provenance {
  outline: LocalRing;
  height: number;
  levels: number;
}

export interface SiteShape extends Provenance {
  outline: LocalRing;
}

export interface FixtureShape extends Provenance {
  fixtureType: FixtureType;
  roomId: string;
  position: [number, number, number];
}

export interface PlanScene {
  facilityId: string;
  frame: LocalFrame;
  site: SiteShape[];
  buildings: BuildingShell[];
  rooms: RoomShape[];
  walls: WallSegment[];
  openings: OpeningShape[];
  fixtures: FixtureShape[];
  /** Axis-aligned bounds of everything, in metres: [minX, minY, maxX, maxY]. */
  bounds: [number, number, number, number];
}
