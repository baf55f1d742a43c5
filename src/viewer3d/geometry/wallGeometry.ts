/**
 * Walls as boxes along their segments, and barred fronts as rows of thin bars; merged per kind so a whole
 * facility's walls are a handful of draw calls.
 */
import { BoxGeometry, BufferGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { WallSegment } from '../../domain/plan3d/sceneTypes';

const BAR_SPACING = 0.14;
const BAR_SIZE = 0.035;

function boxAlong(segment: WallSegment, width: number, height: number, offset: number, base: number): BufferGeometry {
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

function bars(segment: WallSegment): BufferGeometry[] {
  const length = Math.hypot(segment.end[0] - segment.start[0], segment.end[1] - segment.start[1]);
  const count = Math.max(1, Math.floor(length / BAR_SPACING));
  const pieces = Array.from({ length: count }, (_, index) =>
    boxAlong({ ...segment, thickness: BAR_SIZE }, BAR_SIZE, segment.height, (index + 0.5) * (length / count), segment.base),
  );
  // Top and bottom rails hold the bars.
  pieces.push(boxAlong({ ...segment, thickness: BAR_SIZE * 2 }, length, 0.06, length / 2, segment.base + segment.height - 0.06));
  pieces.push(boxAlong({ ...segment, thickness: BAR_SIZE * 2 }, length, 0.06, length / 2, segment.base));
  return pieces;
}

/** One merged geometry for the given segments (null when there are none). */
export function wallsGeometry(segments: readonly WallSegment[]): BufferGeometry | null {
  const pieces = segments.flatMap((segment) => (segment.kind === 'bars' ? bars(segment) : [solidWall(segment)]));
  if (pieces.length === 0) return null;
  const merged = mergeGeometries(pieces.map((piece) => piece.toNonIndexed()));
  for (const piece of pieces) piece.dispose();
  return merged;
}
