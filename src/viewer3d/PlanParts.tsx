/**
 * The plan's small parts in 3D, pickable so each can say what it rests on: fixtures on their floors, and in every
 * door or hatch an invisible slab (three raycasts objects whatever their visibility), since a gap has nothing to
 * click. Bars and windows are picked on their own drawn pieces (PlanModel's walls), so a click through the bars
 * still reaches the cell behind. The selected opening is outlined over everything. Without a pick
 * handler (interview mode, the workbench preview) only the fixtures are drawn.
 */
import type { ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { EdgesGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { DEFAULT_STOREY_HEIGHT_M } from '../domain/plan3d/planShapes';
import type { LocalPoint, OpeningShape, PlanScene } from '../domain/plan3d/sceneTypes';
import { toThree } from './geometry/axes';
import { barOffsets, slabGeometry } from './geometry/wallGeometry';
import { materialOpacity } from './confidenceLook';
import { hitsAPin } from './picking';

const SLAB_DEPTH_M = 0.25;
/** A slab is a box: 12 triangles, so triangle n of the merged slabs belongs to opening ⌊n / 12⌋. */
const SLAB_TRIANGLES = 12;
const FIXTURE_LIFT_M = 0.03;
const HIGHLIGHT = '#ffd166';

export type PartPick = (partId: string) => void;

/** The floor an opening stands on and the height it spans: its room's, else the ground and one storey. */
function openingSpan(scene: PlanScene, opening: OpeningShape): { base: number; height: number } {
  const room = scene.rooms.find((item) => item.id === opening.roomId);
  return room ? { base: room.elevation, height: room.height } : { base: 0, height: DEFAULT_STOREY_HEIGHT_M };
}

function openingSlab(scene: PlanScene, opening: OpeningShape) {
  const { base, height } = openingSpan(scene, opening);
  return slabGeometry(opening.start, opening.end, base, height, SLAB_DEPTH_M).toNonIndexed();
}

const isGap = (opening: OpeningShape) => opening.openingType === 'door' || opening.openingType === 'hatch';

/**
 * A point where a click picks the part, in plan metres (for tests): on a fixture, on the middle bar of a barred
 * front's first piece, in the middle of a window's first piece or a door's slab, half way up; null for others.
 */
export function partAnchor(scene: PlanScene, partId: string): [number, number, number] | null {
  const fixture = scene.fixtures.find((item) => item.id === partId);
  if (fixture) return [fixture.position[0], fixture.position[1], fixture.position[2] + FIXTURE_LIFT_M];
  const opening = scene.openings.find((item) => item.id === partId);
  if (!opening) return null;
  const piece = scene.walls.find((wall) => wall.openingId === partId);
  if (piece) {
    const length = Math.hypot(piece.end[0] - piece.start[0], piece.end[1] - piece.start[1]);
    const offsets = piece.kind === 'bars' ? barOffsets(length) : [length / 2];
    return pointAlong(piece.start, piece.end, (offsets[Math.floor(offsets.length / 2)] ?? 0) / length, piece.base + piece.height / 2);
  }
  if (!isGap(opening)) return null; // bars or a window a door cuts away entirely
  const { base, height } = openingSpan(scene, opening);
  return pointAlong(opening.start, opening.end, 0.5, base + height / 2);
}

function pointAlong(start: LocalPoint, end: LocalPoint, fraction: number, z: number): [number, number, number] {
  return [start[0] + (end[0] - start[0]) * fraction, start[1] + (end[1] - start[1]) * fraction, z];
}

function OpeningSlabs({ scene, selectedPart, onSelectPart }: { scene: PlanScene; selectedPart: string | null; onSelectPart: PartPick }) {
  const gaps = useMemo(() => scene.openings.filter(isGap), [scene]);
  const slabs = useMemo(() => (gaps.length === 0 ? null : mergeGeometries(gaps.map((opening) => openingSlab(scene, opening)))), [scene, gaps]);
  const selected = scene.openings.find((opening) => opening.id === selectedPart);
  // An outline, not a translucent fill: close up in walk mode a fill would cover the screen.
  const highlight = useMemo(() => (selected ? new EdgesGeometry(openingSlab(scene, selected)) : null), [scene, selected]);
  useEffect(() => () => slabs?.dispose(), [slabs]);
  useEffect(() => () => highlight?.dispose(), [highlight]);
  const pick = (event: ThreeEvent<MouseEvent>) => {
    if (hitsAPin(event) || event.faceIndex == null) return;
    const opening = gaps[Math.floor(event.faceIndex / SLAB_TRIANGLES)];
    if (!opening) return;
    event.stopPropagation();
    onSelectPart(opening.id);
  };
  return (
    <>
      {slabs && (
        <mesh geometry={slabs} visible={false} name="opening-slabs" onClick={pick}>
          <meshBasicMaterial />
        </mesh>
      )}
      {highlight && (
        <lineSegments geometry={highlight} name="opening-selected" renderOrder={5}>
          <lineBasicMaterial color={HIGHLIGHT} depthTest={false} />
        </lineSegments>
      )}
    </>
  );
}

interface Props {
  scene: PlanScene;
  selectedPart: string | null;
  onSelectPart?: PartPick;
}

export function PlanParts({ scene, selectedPart, onSelectPart }: Props) {
  const pickFixture = (id: string) => (event: ThreeEvent<MouseEvent>) => {
    if (!onSelectPart || hitsAPin(event)) return;
    event.stopPropagation();
    onSelectPart(id);
  };
  return (
    <>
      {scene.fixtures.map((fixture) => (
        <mesh
          key={fixture.id}
          name={fixture.id}
          position={toThree(fixture.position[0], fixture.position[1], fixture.position[2] + FIXTURE_LIFT_M)}
          onClick={onSelectPart ? pickFixture(fixture.id) : undefined}
        >
          <cylinderGeometry args={[0.15, 0.15, 0.04, 16]} />
          <meshLambertMaterial
            color={fixture.id === selectedPart ? HIGHLIGHT : '#222222'}
            emissive={fixture.id === selectedPart ? '#7a5200' : '#000000'}
            transparent
            opacity={materialOpacity(fixture.confidence)}
          />
        </mesh>
      ))}
      {onSelectPart && <OpeningSlabs scene={scene} selectedPart={selectedPart} onSelectPart={onSelectPart} />}
    </>
  );
}
