/** What a drawn shape measures on the ground, as a tracing tool shows it while drawing: area, sides, length. */
import { area, length, lineString, polygon } from '@turf/turf';
import type { Geometry, Position } from 'geojson';

export interface ShapeMeasures {
  /** Square metres, for a polygon. */
  areaM2?: number;
  /** Metres around a polygon, or along a line. */
  lengthM?: number;
  /** Each side's length in metres, in drawing order (a polygon's closing side included). */
  sidesM: number[];
}

const sides = (positions: Position[]) => positions.slice(1).map((position, index) => length(lineString([positions[index] ?? position, position]), { units: 'meters' }));

/** The measures of a Polygon or LineString; null for a point, or a shape too short to measure. */
export function shapeMeasures(geometry: Geometry | null): ShapeMeasures | null {
  if (geometry?.type === 'Polygon') {
    const ring = geometry.coordinates[0] ?? [];
    if (ring.length < 4) return null;
    const sidesM = sides(ring);
    return { areaM2: area(polygon(geometry.coordinates)), lengthM: sidesM.reduce((sum, side) => sum + side, 0), sidesM };
  }
  if (geometry?.type === 'LineString') {
    if (geometry.coordinates.length < 2) return null;
    const sidesM = sides(geometry.coordinates);
    return { lengthM: sidesM.reduce((sum, side) => sum + side, 0), sidesM };
  }
  return null;
}
