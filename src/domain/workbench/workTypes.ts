/**
 * The investigator's work on one facility, as the workbench edits it and persists it: the contract's records
 * (plan features, violations, sources) plus the survivors' diagrams placed over the imagery. Plain data, so
 * the same shape is stored in IndexedDB, exported in a bundle and validated by the domain loader.
 */
import type { PlanFeature, Source, Violation } from '../types';

/** [lon, lat]. */
export type LonLat = [number, number];
/** [column, row] in image pixels, origin top-left. */
export type ImagePoint = [number, number];

export interface ControlPoint {
  id: string;
  image: ImagePoint;
  map: LonLat;
}

/** How a diagram sits on the map: four dragged corners, or a transform fitted to control points. */
export type DiagramPlacement =
  | { kind: 'corners'; /** top-left, top-right, bottom-right, bottom-left */ corners: [LonLat, LonLat, LonLat, LonLat] }
  | {
      /** similarity ≥ 2 points, affine ≥ 3, projective (a homography) ≥ 4. */
      kind: 'similarity' | 'affine' | 'projective';
      controlPoints: ControlPoint[];
      /** Where the image sat when fitting began: shown until there are enough control points for a fit. */
      corners?: [LonLat, LonLat, LonLat, LonLat];
    };

export interface Diagram {
  id: string;
  facilityId: string;
  /** The `diagram` Source this image is (restricted by default). */
  sourceId: string;
  name: string;
  /** Key of the image bytes in the persistence layer's blob store (never inlined in records). */
  imageKey: string;
  mediaType: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
  placement: DiagramPlacement;
  /** 0–1. */
  opacity: number;
}

export interface FacilityWork {
  facilityId: string;
  /** Plan features in drawing order. */
  features: PlanFeature[];
  violations: Violation[];
  sources: Source[];
  diagrams: Diagram[];
  /** ISO timestamp of the last edit. */
  updatedAt: string;
}
