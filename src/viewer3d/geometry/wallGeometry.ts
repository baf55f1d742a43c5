/**
 * Walls as boxes along their segments, and barred fronts as rows of thin bars; merged per kind so a whole
 * facility's walls are a handful of draw calls, remembering which segment each triangle came from for picking.
 */
import { BoxGeometry, BufferGeometry, CylinderGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { LocalPoint, WallSegment } from '../../domain/plan3d/sceneTypes';

const BAR_SPACING = 0.14;
const BAR_SIZE = 0.035;

function boxAlong(segment: Pick<WallSegment, 'start' | 'end' | 'thickness'>, width: number, height: number, offset: number, base: number): BufferGeometry {
  const [x1, y1] = segment.start;
  const [x2, y2] = segment.end;
  const length = Math.hypot(x2 - x1, y2 - y1);
  const box = new BoxGeometry(width, height, segment.thickness);
  // Rotate the box's long side from +X onto the segment's direction (plan y is three's −Z).
  box.rotateY(Math.atan2(y2 - y1, x2 - x1));
  const t = length === 0 ? 0 : offset / length;
  box.translate(x1 + (x2 - x1) * t, base + height / 2, -(y1 + (y2 - y1) * t));
  return box;
}

function solidWall(segment: WallSegment): BufferGeometry {
  const length = Math.hypot(segment.end[0] - segment.start[0], segment.end[1] - segment.start[1]);
  return boxAlong(segment, length, segment.height, length / 2, segment.base);
}

/** Where the bars of a barred front `length` metres long stand, in metres from its start. */
export function barOffsets(length: number): number[] {
  const count = Math.max(1, Math.floor(length / BAR_SPACING));
  return Array.from({ length: count }, (_, index) => (index + 0.5) * (length / count));
}

/**
 * One bar: a square rod without end caps (the rails cover its ends), 8 triangles where a box has 12 — a barred
 * front has hundreds of them, and each triangle costs when the CPU draws WebGL.
 */
function barAt(segment: WallSegment, offset: number): BufferGeometry {
  const [x1, y1] = segment.start;
  const [x2, y2] = segment.end;
  const length = Math.hypot(x2 - x1, y2 - y1);
  const rod = new CylinderGeometry(BAR_SIZE / Math.SQRT2, BAR_SIZE / Math.SQRT2, segment.height, 4, 1, true);
  // Four sides at 45° are a square; then turned like the front it stands in (plan y is three's −Z).
  rod.rotateY(Math.PI / 4 + Math.atan2(y2 - y1, x2 - x1));
  const t = length === 0 ? 0 : offset / length;
  rod.translate(x1 + (x2 - x1) * t, segment.base + segment.height / 2, -(y1 + (y2 - y1) * t));
  return rod;
}

function bars(segment: WallSegment): BufferGeometry[] {
  const length = Math.hypot(segment.end[0] - segment.start[0], segment.end[1] - segment.start[1]);
  const pieces = barOffsets(length).map((offset) => barAt(segment, offset));
  // Top and bottom rails hold the bars.
  pieces.push(boxAlong({ ...segment, thickness: BAR_SIZE * 2 }, length, 0.06, length / 2, segment.base + segment.height - 0.06));
  pieces.push(boxAlong({ ...segment, thickness: BAR_SIZE * 2 }, length, 0.06, length / 2, segment.base));
  return pieces;
}

/** A box standing on the span start → end (plan metres) from `base` up `height`, `thickness` deep. */
export function slabGeometry(start: LocalPoint, end: LocalPoint, base: number, height: number, thickness: number): BufferGeometry {
  const length = Math.hypot(end[0] - start[0], end[1] - start[1]);
  return boxAlong({ start, end, thickness }, Math.max(length, thickness), height, length / 2, base);
}

export interface WallsGeometry {
  geometry: BufferGeometry;
  /** For each triangle of the geometry, the index of the segment it belongs to (what a click on it picked). */
  segmentOfTriangle: Uint32Array;
}

/** One merged geometry for the given segments (null when there are none). */
export function wallsGeometry(segments: readonly WallSegment[]): WallsGeometry | null {
  const owned = segments.flatMap((segment, index) =>
    (segment.kind === 'bars' ? bars(segment) : [solidWall(segment)]).map((piece) => ({ piece: piece.toNonIndexed(), index })),
  );
  if (owned.length === 0) return null;
  const geometry = mergeGeometries(owned.map(({ piece }) => piece));
  const segmentOfTriangle = new Uint32Array(geometry.getAttribute('position').count / 3);
  let triangle = 0;
  for (const { piece, index } of owned) {
    const triangles = piece.getAttribute('position').count / 3;
    segmentOfTriangle.fill(index, triangle, triangle + triangles);
    triangle += triangles;
    piece.dispose();
  }
  return { geometry, segmentOfTriangle };
}
