/**
 * The three ways to look: orbit around the facility, walk through it at eye height (arrow keys or WASD, and
 * the on-screen buttons), or a top-down plan. Camera work happens in refs and useFrame, never in React state;
 * with the on-demand frame loop a frame is drawn only when something moves.
 */
import { OrbitControls } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef, type RefObject } from 'react';
import { Vector3, type Camera } from 'three';
import type { PlanScene } from '../domain/plan3d/sceneTypes';
import type { ViewMode } from '../store/urlState';
import { toThree } from './geometry/axes';
import { walkInput } from './walkInput';

export const EYE_HEIGHT = 1.6;
const WALK_SPEED = 1.4; // metres a second, a walking pace
const TURN_SPEED = 1.4; // radians a second
const STEP_M = 0.5; // one step from the keyboard on a walk button
const STEP_TURN = Math.PI / 12; // 15°

/** What the camera frames: the buildings and rooms, not a compound boundary drawn wide around them. */
function focusBounds(scene: PlanScene): [number, number, number, number] {
  const points = [...scene.buildings.flatMap((building) => building.outline), ...scene.rooms.flatMap((room) => room.floor)];
  if (points.length === 0) return scene.bounds;
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function centre(scene: PlanScene): Vector3 {
  const [minX, minY, maxX, maxY] = focusBounds(scene);
  return toThree((minX + maxX) / 2, (minY + maxY) / 2, 0);
}

function size(scene: PlanScene): number {
  const [minX, minY, maxX, maxY] = focusBounds(scene);
  return Math.max(maxX - minX, maxY - minY, 10);
}

/** Where a walk starts: inside the corridor when the plan has one, else at the centre. */
function walkStart(scene: PlanScene): Vector3 {
  const corridor = scene.rooms.find((room) => room.use === 'corridor');
  if (!corridor) return centre(scene).setY(EYE_HEIGHT);
  return toThree(corridor.interior[0], corridor.interior[1], corridor.elevation + EYE_HEIGHT);
}

/** The room to look down into, a few room-widths away; null when there is no such room. */
function roomView(scene: PlanScene, roomId: string | null | undefined): { target: Vector3; extent: number } | null {
  const room = scene.rooms.find((item) => item.id === roomId);
  if (!room) return null;
  const xs = room.floor.map(([x]) => x);
  const ys = room.floor.map(([, y]) => y);
  const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 4) * 2.2;
  return { target: toThree(room.interior[0], room.interior[1], room.elevation), extent };
}

/** Turns the walking camera by `turn` radians (anticlockwise seen from above), then moves it `metres` ahead. */
function walk(camera: Camera, heading: RefObject<number>, metres: number, turn: number): void {
  heading.current += turn;
  const forward = new Vector3(Math.cos(heading.current), 0, -Math.sin(heading.current));
  camera.position.addScaledVector(forward, metres);
  camera.lookAt(camera.position.clone().add(forward));
}

/** `focus`: a room the orbit view moves to and circles (interview mode walks the rooms one by one). */
export function CameraRig({ scene, mode, focus }: { scene: PlanScene; mode: ViewMode; focus?: string | null }) {
  const { camera, invalidate } = useThree();
  const heading = useRef(0);
  const focused = roomView(scene, focus);

  useEffect(() => {
    const view = roomView(scene, focus);
    const target = view?.target ?? centre(scene);
    const extent = view?.extent ?? size(scene);
    if (mode === 'plan') {
      camera.position.set(target.x, extent * 1.3, target.z + 0.001);
      camera.lookAt(target);
    } else if (mode === 'walk') {
      camera.position.copy(walkStart(scene));
      heading.current = 0;
      camera.lookAt(camera.position.clone().add(new Vector3(1, 0, 0)));
    } else if (view) {
      // Steeply from above (about 65°), so the room's floor shows over its own walls, neighbours around it.
      camera.position.set(target.x + extent * 0.25, target.y + extent, target.z + extent * 0.35);
      camera.lookAt(target);
    } else {
      camera.position.set(target.x + extent * 0.45, extent * 0.6, target.z + extent * 0.65);
      camera.lookAt(target);
    }
    invalidate();
  }, [scene, mode, focus, camera, invalidate]);

  useEffect(() => {
    if (mode !== 'walk') return;
    walkInput.setStepper((move, turn) => {
      walk(camera, heading, move * STEP_M, turn * STEP_TURN);
      invalidate();
    });
    return () => walkInput.setStepper(null);
  }, [mode, camera, invalidate]);

  useFrame((_, delta) => {
    if (mode !== 'walk' || !walkInput.active()) return;
    const step = Math.min(delta, 0.1);
    walk(camera, heading, walkInput.move() * WALK_SPEED * step, walkInput.turn() * TURN_SPEED * step);
    invalidate();
  });

  if (mode === 'walk') return null;
  return <OrbitControls makeDefault target={focused?.target ?? centre(scene)} enableRotate={mode === 'orbit'} enableDamping={false} />;
}
