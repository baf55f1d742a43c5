/**
 * Moves the orbit camera and its target to a new view: at once, or over a short flight (eased, about 0.7 s; at once
 * for readers who ask for reduced motion). The canvas says whether the camera is moving (data-camera-moving), so
 * people's tools and tests can wait for it to settle.
 */
import type { OrbitControls } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useRef, type ComponentRef, type RefObject } from 'react';
import { Vector3 } from 'three';

export type OrbitControlsHandle = ComponentRef<typeof OrbitControls>;

const FLIGHT_MS = 700;

interface Flight {
  from: { position: Vector3; target: Vector3 };
  to: { position: Vector3; target: Vector3 };
  start: number;
}

const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

function reducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

export function useCameraFlight(controls: RefObject<OrbitControlsHandle | null>) {
  const { camera, invalidate, gl } = useThree();
  const flight = useRef<Flight | null>(null);
  /** Where the target is when no controls exist yet (the first frame), kept for the controls to take up. */
  const pendingTarget = useRef<Vector3 | null>(null);

  const signal = (moving: boolean) => {
    const container = gl.domElement.closest<HTMLElement>('[data-viewer]');
    if (container) container.dataset.cameraMoving = String(moving);
  };

  const place = (position: Vector3, target: Vector3) => {
    camera.position.copy(position);
    camera.lookAt(target);
    if (controls.current) {
      controls.current.target.copy(target);
      controls.current.update();
    } else pendingTarget.current = target.clone();
  };

  useFrame(() => {
    if (pendingTarget.current && controls.current) {
      controls.current.target.copy(pendingTarget.current);
      controls.current.update();
      pendingTarget.current = null;
    }
    const current = flight.current;
    if (!current) return;
    const t = Math.min(1, (performance.now() - current.start) / FLIGHT_MS);
    const k = ease(t);
    place(current.from.position.clone().lerp(current.to.position, k), current.from.target.clone().lerp(current.to.target, k));
    if (t >= 1) {
      flight.current = null;
      signal(false);
    }
    invalidate();
  });

  return {
    jump(position: Vector3, target: Vector3) {
      flight.current = null;
      place(position, target);
      signal(false);
      invalidate();
    },
    /** Ends a flight where it is, so a camera taken over by another mode (walking) is not moved on by it. */
    stop() {
      flight.current = null;
      signal(false);
    },
    start(position: Vector3, target: Vector3) {
      if (reducedMotion()) return this.jump(position, target);
      const from = { position: camera.position.clone(), target: controls.current?.target.clone() ?? target.clone() };
      flight.current = { from, to: { position: position.clone(), target: target.clone() }, start: performance.now() };
      signal(true);
      invalidate();
    },
  };
}
