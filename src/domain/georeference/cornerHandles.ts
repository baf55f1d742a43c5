/**
 * Placing a diagram by hand as QGIS's and Placemark's image tools do: the four corners move together, turn about
 * the image's centre and scale uniformly, so the drawing keeps its shape (never the parallelogram a single
 * dragged corner makes). Worked on the local tangent plane at the centre, so a turn is a true turn on the ground.
 */
import { localProjection } from '../plan3d/localFrame';
import type { LonLat } from '../workbench/workTypes';

export type Corners = [LonLat, LonLat, LonLat, LonLat];

/** The mean of the four corners: what the image turns and scales about. */
export function cornersCentre(corners: Corners): LonLat {
  return [corners.reduce((sum, [lon]) => sum + lon, 0) / 4, corners.reduce((sum, [, lat]) => sum + lat, 0) / 4];
}

/** The corners turned by `angle` radians (anticlockwise), scaled by `factor` about the centre, then shifted by `shift` metres east/north. */
export function transformCorners(corners: Corners, { angle = 0, factor = 1, shift = [0, 0] }: { angle?: number; factor?: number; shift?: [number, number] }): Corners {
  const projection = localProjection({ origin: cornersCentre(corners) });
  const [cos, sin] = [Math.cos(angle) * factor, Math.sin(angle) * factor];
  return corners.map((corner) => {
    const [x, y] = projection.toLocal(corner);
    return projection.toLonLat([cos * x - sin * y + shift[0], sin * x + cos * y + shift[1]]);
  }) as Corners;
}

/** The corners moved so that the point grabbed at `from` lies at `to`. */
export function movedCorners(corners: Corners, from: LonLat, to: LonLat): Corners {
  const projection = localProjection({ origin: cornersCentre(corners) });
  const [fromX, fromY] = projection.toLocal(from);
  const [toX, toY] = projection.toLocal(to);
  return transformCorners(corners, { shift: [toX - fromX, toY - fromY] });
}

/** The corners turned about the centre by the angle the grabbed point swept from `from` to `to`. */
export function rotatedCorners(corners: Corners, from: LonLat, to: LonLat): Corners {
  const projection = localProjection({ origin: cornersCentre(corners) });
  const [fromX, fromY] = projection.toLocal(from);
  const [toX, toY] = projection.toLocal(to);
  return transformCorners(corners, { angle: Math.atan2(toY, toX) - Math.atan2(fromY, fromX) });
}

/** The corners scaled about the centre by how much farther from it the grabbed point went (never below 1 %). */
export function scaledCorners(corners: Corners, from: LonLat, to: LonLat): Corners {
  const projection = localProjection({ origin: cornersCentre(corners) });
  const before = Math.hypot(...projection.toLocal(from));
  const after = Math.hypot(...projection.toLocal(to));
  if (!(before > 1e-9)) return corners;
  return transformCorners(corners, { factor: Math.max(after / before, 0.01) });
}

/** Where the handles sit: move at the centre, rotate beyond the middle of the top edge, scale on the bottom-right corner. */
export function handlePositions(corners: Corners): { move: LonLat; rotate: LonLat; scale: LonLat } {
  const centre = cornersCentre(corners);
  const [topLeft, topRight, bottomRight] = corners;
  const top: LonLat = [(topLeft[0] + topRight[0]) / 2, (topLeft[1] + topRight[1]) / 2];
  const beyond: LonLat = [top[0] + (top[0] - centre[0]) * 0.25, top[1] + (top[1] - centre[1]) * 0.25];
  return { move: centre, rotate: beyond, scale: bottomRight };
}

/** The corners' width in metres (top edge) and turn in degrees from north-up: what the placement panel shows. */
export function cornersSize(corners: Corners): { widthM: number; heightM: number; degrees: number } {
  const projection = localProjection({ origin: cornersCentre(corners) });
  const [topLeft, topRight, , bottomLeft] = corners.map((corner) => projection.toLocal(corner));
  const [dx, dy] = [(topRight?.[0] ?? 0) - (topLeft?.[0] ?? 0), (topRight?.[1] ?? 0) - (topLeft?.[1] ?? 0)];
  const heightM = Math.hypot((bottomLeft?.[0] ?? 0) - (topLeft?.[0] ?? 0), (bottomLeft?.[1] ?? 0) - (topLeft?.[1] ?? 0));
  return { widthM: Math.hypot(dx, dy), heightM, degrees: (Math.atan2(dy, dx) * 180) / Math.PI };
}
