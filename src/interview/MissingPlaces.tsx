/**
 * Interview mode's part of the 3D scene: the places marked "something is missing here", and while a place is
 * being marked, the ground it can go on (an invisible plane under the whole site, so a touch outside every room
 * counts too) and a marker moved by the arrow keys (Shift: 5 m), placed with Enter. Nothing here runs per frame:
 * the scene redraws only when a mark or the marker changes.
 */
import type { ThreeEvent } from '@react-three/fiber';
import { useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { CylinderGeometry, MeshBasicMaterial, SphereGeometry, Vector3, type Camera } from 'three';
import { groundExtent, isArrowKey, moveMarker } from '../domain/interview/missingPlace';
import type { MissingMark } from '../domain/interview/sessionTypes';
import type { LocalPoint, PlanScene } from '../domain/plan3d/sceneTypes';
import { fromThree, toThree } from '../viewer3d/geometry/axes';

/** Magenta, a colour no floor, wall or pin uses, drawn unlit so the mark is seen (and found by tests) as it is. */
export const MARK_COLOUR = '#ff2bd6';
const MARKER_COLOUR = '#35e0ff';
const STALK_HEIGHT = 1.8;
const HEAD_RADIUS = 0.4;

interface Props {
  scene: PlanScene;
  marks: readonly MissingMark[];
  /** Where the marker stands while a place is being marked; null when not marking. */
  marker: LocalPoint | null;
  onMoveMarker: (point: LocalPoint) => void;
  /** A ground point chosen: touched, or the marker placed with Enter. */
  onPlaceAt: (point: LocalPoint) => void;
  onCancel: () => void;
}

/** A pin standing on the ground: a thin stalk and a head drawn over walls, so a mark inside a room is not hidden. */
function Pin({ at, colour, name }: { at: [number, number, number]; colour: string; name: string }) {
  const parts = useMemo(
    () => ({
      stalk: new CylinderGeometry(0.07, 0.07, STALK_HEIGHT, 8),
      head: new SphereGeometry(HEAD_RADIUS, 16, 12),
      // Not tone-mapped: the pin shows in exactly its colour, which nothing else in the scene uses.
      material: new MeshBasicMaterial({ color: colour, toneMapped: false }),
      headMaterial: new MeshBasicMaterial({ color: colour, depthTest: false, toneMapped: false }),
    }),
    [colour],
  );
  useEffect(() => () => Object.values(parts).forEach((part) => part.dispose()), [parts]);
  const base = toThree(at[0], at[1], at[2]);
  return (
    <group name={name} position={base}>
      <mesh geometry={parts.stalk} material={parts.material} position={[0, STALK_HEIGHT / 2, 0]} />
      <mesh geometry={parts.head} material={parts.headMaterial} position={[0, STALK_HEIGHT, 0]} renderOrder={11} />
    </group>
  );
}

/**
 * Whether a marker standing on a ground point shows whole inside the view, with a margin: its foot and the top of
 * its head. Close up and seen from above, the head is drawn well above the foot on screen, so the foot alone is
 * not enough (a marker pushed to the top edge would draw its pin off the picture).
 */
function inView(camera: Camera, [x, y]: LocalPoint): boolean {
  return [0, STALK_HEIGHT + HEAD_RADIUS].every((height) => {
    const projected = toThree(x, y, height).project(camera);
    return Math.abs(projected.x) <= 0.9 && Math.abs(projected.y) <= 0.9 && projected.z < 1;
  });
}

/** How close to the view's edge a step stops, in metres: nearer than this, the marker stays where it is. */
const EDGE_TOLERANCE_M = 0.05;

/**
 * The farthest point from `from` towards `to` at which the marker still shows whole, or null when it cannot move:
 * close up, one 5 m step can cross the whole picture, so a step stops at the edge of the view rather than not at all.
 */
function farthestInView(camera: Camera, from: LocalPoint, to: LocalPoint): LocalPoint | null {
  const at = (share: number): LocalPoint => [from[0] + (to[0] - from[0]) * share, from[1] + (to[1] - from[1]) * share];
  if (inView(camera, to)) return to;
  let [low, high] = [0, 1];
  const length = Math.hypot(to[0] - from[0], to[1] - from[1]);
  while ((high - low) * length > EDGE_TOLERANCE_M / 2) {
    const middle = (low + high) / 2;
    if (inView(camera, at(middle))) low = middle;
    else high = middle;
  }
  return low * length >= EDGE_TOLERANCE_M ? at(low) : null;
}

const isTyping = (target: EventTarget | null) => target instanceof HTMLElement && (['TEXTAREA', 'INPUT', 'SELECT'].includes(target.tagName) || target.isContentEditable);
const isControl = (target: EventTarget | null) => target instanceof HTMLElement && ['BUTTON', 'A'].includes(target.tagName);

/** The arrow keys move the marker as seen on screen; Enter places it; Escape stops marking. */
function useMarkerKeys({ scene, marker, onMoveMarker, onPlaceAt, onCancel }: Omit<Props, 'marks'>) {
  const camera = useThree((state) => state.camera);
  // The handler reads the latest props (set before the next event can be dispatched), so it is added only once.
  const latest = useRef({ marker, onMoveMarker, onPlaceAt, onCancel });
  useLayoutEffect(() => {
    latest.current = { marker, onMoveMarker, onPlaceAt, onCancel };
  });
  const marking = marker !== null;
  useEffect(() => {
    if (!marking) return;
    const extent = groundExtent(scene);
    const onKey = (event: KeyboardEvent) => {
      const { marker: at, onMoveMarker: move, onPlaceAt: place, onCancel: cancel } = latest.current;
      if (!at || isTyping(event.target)) return;
      if (isArrowKey(event.key)) {
        event.preventDefault();
        const looking = camera.getWorldDirection(new Vector3());
        const [x, y] = fromThree(looking);
        const next = moveMarker(at, event.key, [x, y], event.shiftKey ? 5 : 1, extent);
        // On the site, and on screen: a marker moved out of view would be placed where no one can see it.
        const reached = farthestInView(camera, at, next);
        if (reached) move(reached);
      } else if (event.key === 'Enter' && !event.repeat && !isControl(event.target)) {
        event.preventDefault();
        place(at);
      } else if (event.key === 'Escape') cancel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [marking, scene, camera]);
}

export function MissingPlaces({ scene, marks, marker, onMoveMarker, onPlaceAt, onCancel }: Props) {
  useMarkerKeys({ scene, marker, onMoveMarker, onPlaceAt, onCancel });
  const ground = useMemo(() => {
    const [minX, minY, maxX, maxY] = groundExtent(scene);
    return { centre: toThree((minX + maxX) / 2, (minY + maxY) / 2, -0.02), size: [maxX - minX, maxY - minY] as const };
  }, [scene]);
  return (
    <group name="missing-places">
      {marks.map((mark) => (
        <Pin key={mark.id} name={mark.id} at={mark.point} colour={MARK_COLOUR} />
      ))}
      {marker && (
        <>
          <Pin name="missing-marker" at={[marker[0], marker[1], 0]} colour={MARKER_COLOUR} />
          {/* Under the floors, which take a touch first; anything else on the site lands here, outside every room. */}
          <mesh
            name="missing-ground"
            visible={false}
            position={ground.centre}
            rotation={[-Math.PI / 2, 0, 0]}
            onClick={(event: ThreeEvent<MouseEvent>) => {
              event.stopPropagation();
              const [x, y] = fromThree(event.point);
              onPlaceAt([x, y]);
            }}
          >
            <planeGeometry args={[ground.size[0], ground.size[1]]} />
          </mesh>
        </>
      )}
    </group>
  );
}
