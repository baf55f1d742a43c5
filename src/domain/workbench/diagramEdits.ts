/**
 * Edits of a diagram's placement, as new Diagram records for the edit funnel: the first placement beside the
 * facility, switching between corners and a fitted transform, adding and removing control points.
 */
import { localProjection } from '../plan3d/localFrame';
import type { ControlPoint, Diagram, ImagePoint, LonLat } from './workTypes';

type Corners = [LonLat, LonLat, LonLat, LonLat];
export type PlacementMethod = Diagram['placement']['kind'];

/** Where a new diagram first sits: `widthM` metres wide, its aspect kept, centred on `center`, north up. */
export function initialCorners(center: LonLat, width: number, height: number, widthM = 40): Corners {
  const projection = localProjection({ origin: center });
  const halfWidth = widthM / 2;
  const halfHeight = (widthM * (height / Math.max(width, 1))) / 2;
  const at = (x: number, y: number) => projection.toLonLat([x, y]);
  return [at(-halfWidth, halfHeight), at(halfWidth, halfHeight), at(halfWidth, -halfHeight), at(-halfWidth, -halfHeight)];
}

/**
 * The diagram placed by another method. Corners → fit keeps the corners to show until the fit has points;
 * fit → corners starts from `shownCorners` (where the image is drawn now), so the image does not jump.
 */
export function withMethod(diagram: Diagram, method: PlacementMethod, shownCorners: Corners): Diagram {
  const { placement } = diagram;
  if (method === placement.kind) return diagram;
  if (method === 'corners') return { ...diagram, placement: { kind: 'corners', corners: shownCorners } };
  const controlPoints = placement.kind === 'corners' ? [] : placement.controlPoints;
  return { ...diagram, placement: { kind: method, controlPoints, corners: shownCorners } };
}

function nextPointId(points: readonly ControlPoint[]): string {
  let n = points.length + 1;
  while (points.some((point) => point.id === `point-${n}`)) n += 1;
  return `point-${n}`;
}

/** Adds an image point ↔ map point pair; a diagram placed by corners moves to a similarity fit. */
export function addControlPoint(diagram: Diagram, image: ImagePoint, map: LonLat): Diagram {
  const placement =
    diagram.placement.kind === 'corners'
      ? { kind: 'similarity' as const, controlPoints: [], corners: diagram.placement.corners }
      : diagram.placement;
  const point: ControlPoint = { id: nextPointId(placement.controlPoints), image: [...image], map: [...map] };
  return { ...diagram, placement: { ...placement, controlPoints: [...placement.controlPoints, point] } };
}

export function removeControlPoint(diagram: Diagram, pointId: string): Diagram {
  if (diagram.placement.kind === 'corners') return diagram;
  return { ...diagram, placement: { ...diagram.placement, controlPoints: diagram.placement.controlPoints.filter((point) => point.id !== pointId) } };
}

/** A control point with its image point or its map point moved (dragged on the image or on the map). */
export function moveControlPoint(diagram: Diagram, pointId: string, to: { image?: ImagePoint; map?: LonLat }): Diagram {
  if (diagram.placement.kind === 'corners') return diagram;
  const controlPoints = diagram.placement.controlPoints.map((point) =>
    point.id === pointId ? { ...point, ...(to.image ? { image: [...to.image] as ImagePoint } : {}), ...(to.map ? { map: [...to.map] as LonLat } : {}) } : point,
  );
  return { ...diagram, placement: { ...diagram.placement, controlPoints } };
}
