/**
 * A room's walls: one run along each floor edge, split where openings lie on the edge. Doors and hatches leave
 * a gap; bars and windows become pieces of their own kind so the viewer can draw them differently.
 *
 * A piece takes the confidence of what it rests on (wallConfidence): a bars or window piece is drawn from an
 * opening, which has sources of its own, so it takes that opening's confidence; a plain wall is drawn from the
 * room's outline, so it is illustrative when the room carries a `basis` (some of its drawing — size, position —
 * is a guess) and otherwise takes the room's confidence.
 */
import type { Confidence, OpeningType } from '../enums';
import { distanceToSegment } from './ringGeometry';
import type { LocalPoint, OpeningShape, RoomShape, WallKind, WallSegment } from './sceneTypes';

/** Default wall thickness: the plans give none, and 20 cm reads as a wall without crowding small cells. */
export const WALL_THICKNESS_M = 0.2;
/** How far an opening's ends may stray from a room edge and still count as on it (tracing from memory is loose). */
export const OPENING_TOLERANCE_M = 0.15;
/** Wall pieces shorter than this are slivers left by an opening ending near a corner; they are dropped. */
const MIN_PIECE_M = 0.01;

/** What an opening makes of the stretch of wall it covers; where openings overlap, a gap beats bars beats a window. */
type SpanKind = 'gap' | 'bars' | 'window';
const SPAN_KIND: Record<OpeningType, SpanKind> = { door: 'gap', hatch: 'gap', bars: 'bars', window: 'window' };
const PRECEDENCE: readonly SpanKind[] = ['gap', 'bars', 'window'];

interface Span<Kind> {
  from: number;
  to: number;
  kind: Kind;
  /** The opening a bars or window stretch draws. */
  opening?: OpeningShape;
}

/** Lower is less sure: where openings of one kind overlap, the least sure one speaks for the piece. */
const CERTAINTY: Record<Confidence, number> = { illustrative: 0, single_source: 1, corroborated: 2 };

/**
 * What a plain wall along the room's outline rests on: the outline is a guess wherever the room has a basis (an
 * empty one, as the workbench starts every room with, says nothing).
 */
function wallConfidence(room: RoomShape): Confidence {
  return room.basis?.trim() ? 'illustrative' : room.confidence;
}

/**
 * The room's wall pieces. Each runs counter-clockwise around the room (start → end keeps the room on the left),
 * so a wall can be thickened inwards without clashing with the neighbour's wall on a shared edge.
 */
export function roomWalls(room: RoomShape, openings: readonly OpeningShape[]): WallSegment[] {
  const walls: WallSegment[] = [];
  room.floor.forEach((start, edgeIndex) => {
    const end = room.floor[(edgeIndex + 1) % room.floor.length] as LocalPoint;
    const length = Math.hypot(end[0] - start[0], end[1] - start[1]);
    if (length < MIN_PIECE_M) return;
    const pieces = edgePieces(length, openingSpans(start, end, length, openings));
    pieces.forEach((piece, pieceIndex) => {
      const wall: WallSegment = {
        id: `${room.id}:wall:${edgeIndex}:${pieceIndex}`,
        roomId: room.id,
        kind: piece.kind,
        start: pointAlong(start, end, piece.from / length),
        end: pointAlong(start, end, piece.to / length),
        base: room.elevation,
        height: room.height,
        thickness: WALL_THICKNESS_M,
        confidence: piece.opening?.confidence ?? wallConfidence(room),
      };
      walls.push(piece.opening ? { ...wall, openingId: piece.opening.id } : wall);
    });
  });
  return walls;
}

/** The stretches of the edge start → end covered by openings lying on it, in metres from start. */
function openingSpans(start: LocalPoint, end: LocalPoint, length: number, openings: readonly OpeningShape[]): Span<SpanKind>[] {
  const spans: Span<SpanKind>[] = [];
  for (const opening of openings) {
    const onEdge =
      distanceToSegment(opening.start, start, end) <= OPENING_TOLERANCE_M &&
      distanceToSegment(opening.end, start, end) <= OPENING_TOLERANCE_M;
    if (!onEdge) continue;
    const a = clampedDistanceAlong(opening.start, start, end, length);
    const b = clampedDistanceAlong(opening.end, start, end, length);
    if (Math.abs(b - a) >= MIN_PIECE_M) spans.push({ from: Math.min(a, b), to: Math.max(a, b), kind: SPAN_KIND[opening.openingType], opening });
  }
  return spans;
}

/**
 * The edge cut into wall, bars and window pieces by a sweep over the spans' ends; gaps and slivers dropped. A
 * bars or window piece keeps the opening it draws (the least sure of those of its kind covering it).
 */
function edgePieces(length: number, spans: readonly Span<SpanKind>[]): Span<WallKind>[] {
  const events = spans
    .flatMap((span) => [
      { at: span.from, span, change: 1 },
      { at: span.to, span, change: -1 },
    ])
    .sort((first, second) => first.at - second.at);
  const covering = new Set<Span<SpanKind>>();
  const stretches: Span<SpanKind | 'wall'>[] = [];
  let cursor = 0;
  const extendTo = (to: number) => {
    if (to <= cursor) return;
    const kind = PRECEDENCE.find((candidate) => [...covering].some((span) => span.kind === candidate)) ?? 'wall';
    const opening = leastSure([...covering].filter((span) => span.kind === kind));
    const last = stretches[stretches.length - 1];
    if (last?.kind === kind && last.opening === opening) last.to = to;
    else stretches.push(opening ? { from: cursor, to, kind, opening } : { from: cursor, to, kind });
    cursor = to;
  };
  for (const event of events) {
    extendTo(event.at);
    if (event.change > 0) covering.add(event.span);
    else covering.delete(event.span);
  }
  extendTo(length);
  return stretches.filter(
    (stretch): stretch is Span<WallKind> => stretch.kind !== 'gap' && stretch.to - stretch.from >= MIN_PIECE_M,
  );
}

/** The least sure opening among the spans, the one that began first on a tie; undefined when there are none. */
function leastSure(spans: readonly Span<SpanKind>[]): OpeningShape | undefined {
  let chosen: OpeningShape | undefined;
  for (const { opening } of spans) {
    if (opening && (!chosen || CERTAINTY[opening.confidence] < CERTAINTY[chosen.confidence])) chosen = opening;
  }
  return chosen;
}

function clampedDistanceAlong([x, y]: LocalPoint, start: LocalPoint, end: LocalPoint, length: number): number {
  const along = ((x - start[0]) * (end[0] - start[0]) + (y - start[1]) * (end[1] - start[1])) / length;
  return Math.max(0, Math.min(length, along));
}

function pointAlong(start: LocalPoint, end: LocalPoint, fraction: number): LocalPoint {
  return [start[0] + (end[0] - start[0]) * fraction, start[1] + (end[1] - start[1]) * fraction];
}
