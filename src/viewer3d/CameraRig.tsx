/**
 * The three ways to look: orbit around the facility, walk through it at eye height (arrow keys or WASD, the
 * on-screen buttons, a drag to look around), or a top-down plan. Choosing a room frames it — the camera flies there
 * when `fly` is set —, and the home signal flies back to the whole facility. Orbiting never takes the camera under
 * the ground or the target off the site. Camera work happens in refs and useFrame, never in React state; with the
 * on-demand frame loop a frame is drawn only when something moves.
 */
import { OrbitControls } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useCallback, useEffect, useRef } from 'react';
import { PerspectiveCamera, Vector3 } from 'three';
import type { PlanScene } from '../domain/plan3d/sceneTypes';
import type { ViewMode } from '../store/urlState';
import { asThree, focusBounds, homeView, PLAN_VIEW, roomView } from './cameraViews';
import { toThree } from './geometry/axes';
import { useCameraFlight, type OrbitControlsHandle } from './useCameraFlight';
import { useWalkLook } from './useWalkLook';
import { walkInput } from './walkInput';

export const EYE_HEIGHT = 1.6;
const WALK_SPEED = 1.4; // metres a second, a walking pace
const TURN_SPEED = 1.4; // radians a second
const STEP_M = 0.5; // one step: a tap on a walk button, or Enter on one
const STEP_TURN = Math.PI / 12; // 15°
/** Orbit stops 6° above the horizon: the camera never looks up from under the ground. */
const MAX_POLAR = Math.PI / 2 - (6 * Math.PI) / 180;
/** How far the orbit's target may be dragged beyond the buildings, in metres. */
const PAN_MARGIN = 15;

/** Where a walk starts: in the selected room, else in the corridor when the plan has one, else at the centre. */
function walkStart(scene: PlanScene, roomId: string | null | undefined): Vector3 {
  const room = scene.rooms.find((item) => item.id === roomId) ?? scene.rooms.find((item) => item.use === 'corridor');
  if (room) return toThree(room.interior[0], room.interior[1], room.elevation + EYE_HEIGHT);
  const [minX, minY, maxX, maxY] = focusBounds(scene);
  return toThree((minX + maxX) / 2, (minY + maxY) / 2, EYE_HEIGHT);
}

interface Props {
  scene: PlanScene;
  mode: ViewMode;
  /** A room to frame (the selected room; the room asked about in interview mode). */
  focus?: string | null;
  /** Fly to a new focus rather than cut to it (the viewer; interview mode cuts). */
  fly?: boolean;
  /** Changes when the reader asks for the home view. */
  home?: number;
}

export function CameraRig({ scene, mode, focus, fly = false, home = 0 }: Props) {
  const { camera, invalidate, scene: root, gl } = useThree();
  const controls = useRef<OrbitControlsHandle>(null);
  const heading = useRef(0);
  const pitch = useRef(0);
  const placed = useRef<{ scene: PlanScene; mode: ViewMode; home: number } | null>(null);
  const flight = useCameraFlight(controls);
  const perspective = camera as PerspectiveCamera;

  /** Turns the walking camera by `turn` radians (anticlockwise seen from above), then moves it `metres` ahead. */
  const walk = useCallback(
    (metres: number, turn: number) => {
      heading.current += turn;
      const ahead = new Vector3(Math.cos(heading.current), 0, -Math.sin(heading.current));
      camera.position.addScaledVector(ahead, metres);
      const look = new Vector3(Math.cos(pitch.current) * ahead.x, Math.sin(pitch.current), Math.cos(pitch.current) * ahead.z);
      camera.lookAt(camera.position.clone().add(look));
    },
    [camera],
  );

  useEffect(() => {
    const previous = placed.current;
    placed.current = { scene, mode, home };
    // The same scene and mode: a new room or the home button, flown to when the viewer asks for it.
    const smooth = fly && previous !== null && previous.scene === scene && previous.mode === mode;
    if (mode === 'walk') {
      if (previous?.mode === 'walk' && previous.scene === scene && previous.home === home) return;
      // A flight still under way (a room or the tour's last stop) would carry the walker off on its next frames.
      flight.stop();
      camera.position.copy(walkStart(scene, focus));
      heading.current = 0;
      pitch.current = 0;
      walk(0, 0);
      invalidate();
      return;
    }
    const goHome = previous !== null && previous.home !== home;
    const fixed = mode === 'plan' ? PLAN_VIEW : undefined;
    const framing = (!goHome && focus && roomView(scene, focus, perspective, root, fixed)) || homeView(scene, perspective, fixed);
    const { position, target } = asThree(framing);
    if (smooth) flight.start(position, target);
    else flight.jump(position, target);
    // Only these start a move: the camera, the root and the flight are the same objects for the canvas's life, and
    // a change of `fly` alone must not move the camera.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scene, mode, focus, home]);

  useEffect(() => {
    if (mode !== 'walk') return;
    walkInput.setStepper((move, turn) => {
      walk(move * STEP_M, turn * STEP_TURN);
      invalidate();
    });
    return () => walkInput.setStepper(null);
  }, [mode, walk, invalidate]);

  useWalkLook(gl.domElement, mode === 'walk', (yaw, tilt) => {
    pitch.current = Math.max(-1, Math.min(1, pitch.current + tilt));
    walk(0, yaw);
    invalidate();
  });

  useFrame((_, delta) => {
    if (mode !== 'walk' || !walkInput.active()) return;
    const step = Math.min(delta, 0.1);
    walk(walkInput.move() * WALK_SPEED * step, walkInput.turn() * TURN_SPEED * step);
    invalidate();
  });

  // Keeps the orbit's target on the site, at or above the ground.
  const keepOnSite = () => {
    const target = controls.current?.target;
    if (!target) return;
    const [minX, minY, maxX, maxY] = focusBounds(scene);
    const top = Math.max(3, ...scene.rooms.map((room) => room.elevation + room.height));
    target.x = Math.max(minX - PAN_MARGIN, Math.min(maxX + PAN_MARGIN, target.x));
    target.z = Math.max(-maxY - PAN_MARGIN, Math.min(-minY + PAN_MARGIN, target.z));
    target.y = Math.max(0, Math.min(top, target.y));
  };

  if (mode === 'walk') return null;
  return (
    <OrbitControls
      ref={controls}
      makeDefault
      enableRotate={mode === 'orbit'}
      enableDamping={false}
      maxPolarAngle={MAX_POLAR}
      minDistance={1.5}
      maxDistance={Math.max(60, homeDistance(scene) * 3)}
      onChange={keepOnSite}
    />
  );
}

function homeDistance(scene: PlanScene): number {
  const [minX, minY, maxX, maxY] = focusBounds(scene);
  return Math.hypot(maxX - minX, maxY - minY);
}
