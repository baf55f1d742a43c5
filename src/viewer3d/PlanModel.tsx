/**
 * The facility drawn from its plan: floors (one mesh a room, for picking and highlighting), walls and barred
 * fronts merged by kind and confidence, fixtures and openings (PlanParts), building and compound outlines.
 * Roofs are cut away.
 * Illustrative elements are translucent, so a reader sees at once what rests on a source and what does not.
 * Floors and walls are drawn unlit with their Lambert lighting baked in (sceneLights.ts): the same look, without
 * per-pixel lighting.
 */
import { Line } from '@react-three/drei';
import type { ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import type { Color } from 'three';
import type { Confidence } from '../domain/enums';
import type { PlanScene, RoomShape, WallSegment } from '../domain/plan3d/sceneTypes';
import { fromThree, toThree } from './geometry/axes';
import { floorGeometry } from './geometry/floorGeometry';
import { wallsGeometry } from './geometry/wallGeometry';
import { materialOpacity } from './confidenceLook';
import { hitsAPin } from './picking';
import { PlanParts, type PartPick } from './PlanParts';
import { bakeLambert, litFloorColour } from './sceneLights';

const FLOOR_COLOURS: Record<RoomShape['use'], string> = {
  cell: '#8c6d5a',
  interrogation: '#8a3b3b',
  guard_post: '#4f6d7a',
  corridor: '#6f7a80',
  office: '#4f6d7a',
  toilet: '#6b6b4f',
  yard: '#5f7052',
  kitchen: '#7a6a4f',
  storage: '#5d5d66',
  other: '#666666',
};

// Lit once: the colours a floor of each use, and a selected floor, take under the scene's lights.
const LIT_FLOORS = Object.fromEntries(Object.entries(FLOOR_COLOURS).map(([use, colour]) => [use, litFloorColour(colour)])) as Record<RoomShape['use'], Color>;
const LIT_SELECTED_FLOOR = litFloorColour('#ffd166', '#7a5200');

/** A room chosen by a click, with the spot clicked on its floor in plan metres. */
export type RoomPick = (roomId: string, point?: [number, number, number]) => void;

function Floor({ room, selected, onSelect }: { room: RoomShape; selected: boolean; onSelect: RoomPick }) {
  const geometry = useMemo(() => floorGeometry(room.floor, room.elevation), [room]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  const opacity = materialOpacity(room.confidence);
  return (
    <mesh
      geometry={geometry}
      name={room.id}
      onClick={(event: ThreeEvent<MouseEvent>) => {
        if (hitsAPin(event)) return;
        event.stopPropagation();
        onSelect(room.id, fromThree(event.point));
      }}
    >
      <meshBasicMaterial
        color={selected ? LIT_SELECTED_FLOOR : LIT_FLOORS[room.use]}
        transparent={opacity < 1}
        opacity={opacity}
      />
    </mesh>
  );
}

interface WallsProps {
  segments: WallSegment[];
  kind: WallSegment['kind'];
  confidence: Confidence;
  /** Bars and windows are drawn from openings: a click on one picks its opening. */
  onSelectPart?: PartPick;
}

function Walls({ segments, kind, confidence, onSelectPart }: WallsProps) {
  const walls = useMemo(() => {
    const built = wallsGeometry(segments);
    if (built) bakeLambert(built.geometry);
    return built;
  }, [segments]);
  useEffect(() => () => walls?.geometry.dispose(), [walls]);
  if (!walls) return null;
  const opacity = materialOpacity(confidence) * (kind === 'window' ? 0.6 : 1);
  const pick = (event: ThreeEvent<MouseEvent>) => {
    if (!onSelectPart || hitsAPin(event) || event.faceIndex == null) return;
    const openingId = segments[walls.segmentOfTriangle[event.faceIndex] ?? -1]?.openingId;
    if (openingId === undefined) return;
    event.stopPropagation();
    onSelectPart(openingId);
  };
  return (
    <mesh geometry={walls.geometry} name={`walls:${kind}:${confidence}`} onClick={onSelectPart && kind !== 'wall' ? pick : undefined}>
      <meshBasicMaterial
        color={kind === 'bars' ? '#9aa3a8' : '#d8d2c4'}
        vertexColors
        transparent={opacity < 1}
        opacity={opacity}
        depthWrite={opacity === 1}
      />
    </mesh>
  );
}

function outlinePoints(ring: [number, number][], height: number) {
  return [...ring, ring[0] ?? [0, 0]].map(([x, y]) => toThree(x, y, height));
}

interface Props {
  scene: PlanScene;
  selectedRoom: string | null;
  onSelectRoom: RoomPick;
  /** The selected site, building, opening or fixture, and how one is picked (none: parts are not pickable). */
  selectedPart?: string | null;
  onSelectPart?: PartPick;
}

export function PlanModel({ scene, selectedRoom, onSelectRoom, selectedPart = null, onSelectPart }: Props) {
  const wallGroups = useMemo(() => {
    const groups = new Map<string, WallSegment[]>();
    for (const wall of scene.walls) {
      const key = `${wall.kind}|${wall.confidence}`;
      groups.set(key, [...(groups.get(key) ?? []), wall]);
    }
    return [...groups.entries()].map(([key, segments]) => {
      const [kind, confidence] = key.split('|') as [WallSegment['kind'], Confidence];
      return { key, kind, confidence, segments };
    });
  }, [scene]);

  // Kept from render to render: drei's Line disposes its material with a new geometry, and a new points array
  // made one, so choosing a room recompiled the outlines' shaders (~100 ms of software WebGL).
  const outlines = useMemo(
    () => ({
      site: scene.site.map((site) => ({ id: site.id, points: outlinePoints(site.outline, 0.02) })),
      buildings: scene.buildings.map((building) => ({ id: building.id, points: outlinePoints(building.outline, 0.03) })),
    }),
    [scene],
  );

  return (
    <group name={scene.facilityId}>
      {outlines.site.map((site) => (
        <Line key={site.id} points={site.points} color="#d9b46b" lineWidth={1.5} dashed dashSize={0.8} gapSize={0.5} />
      ))}
      {outlines.buildings.map((building) => (
        <Line key={building.id} points={building.points} color="#c9d3d8" lineWidth={1} />
      ))}
      {scene.rooms.map((room) => (
        <Floor key={room.id} room={room} selected={room.id === selectedRoom} onSelect={onSelectRoom} />
      ))}
      {wallGroups.map(({ key, kind, confidence, segments }) => (
        <Walls key={key} kind={kind} confidence={confidence} segments={segments} onSelectPart={onSelectPart} />
      ))}
      <PlanParts scene={scene} selectedPart={selectedPart} onSelectPart={onSelectPart} />
    </group>
  );
}
