/**
 * What the scene tells the page: "scene ready" once its first frame is drawn (an event and a data attribute
 * that people's tools and tests wait on), and small hooks that give a pin's, a part's or a room's position on
 * screen, so a test can click it the way a user does, what a click at a point would land in, and where the camera
 * is and looks.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { Vector3 } from 'three';
import type { PlanScene } from '../domain/plan3d/sceneTypes';
import type { ViolationPin } from '../domain/plan3d/violationPins';
import type { CountMarker } from '../domain/plan3d/countMarkers';
import { roomFocus } from '../domain/plan3d/cameraFraming';
import { fromThree, toThree } from './geometry/axes';
import { partAnchor } from './PlanParts';
import { roomAt } from './sceneRays';
import { SCENE_READY_MARK } from './viewerHooks';
import { walkInput } from './walkInput';
import { pinPosition } from './ViolationPins';
import { markerPosition } from './CountMarkers';

const UP = new Vector3(0, 1, 0);

export function SceneSignals({ scene, pins, markers }: { scene: PlanScene; pins: ViolationPin[]; markers: readonly CountMarker[] }) {
  const { camera, gl, invalidate, scene: root } = useThree();
  const announced = useRef(false);
  const framesDrawn = useRef(0);

  useFrame(() => {
    framesDrawn.current += 1;
    if (announced.current) return;
    announced.current = true;
    const container = gl.domElement.closest<HTMLElement>('[data-viewer]');
    // After this frame has reached the screen.
    requestAnimationFrame(() => {
      if (!container) return;
      performance.mark(SCENE_READY_MARK);
      container.dataset.sceneReady = 'true';
      container.dispatchEvent(new CustomEvent('atlas:scene-ready', { bubbles: true }));
    });
  });

  useEffect(() => {
    walkInput.setOnChange(() => invalidate());
    const onScreen = (point: Vector3) => {
      const projected = point.project(camera);
      const box = gl.domElement.getBoundingClientRect();
      return { x: box.left + ((projected.x + 1) / 2) * box.width, y: box.top + ((1 - projected.y) / 2) * box.height };
    };
    window.atlasViewer = {
      pinScreenPosition: (violationId) => {
        const pin = pins.find((item) => item.violationId === violationId);
        return pin ? onScreen(pinPosition(pin)) : null;
      },
      screenPosition: (point) => onScreen(toThree(...point)),
      countMarkers: () => markers.map((marker) => ({ roomId: marker.roomId, count: marker.count, ...onScreen(markerPosition(marker)) })),
      roomScreenPosition: (roomId) => {
        const room = scene.rooms.find((item) => item.id === roomId);
        if (!room) return null;
        const point = toThree(...roomFocus(room).target);
        const depth = point.clone().applyMatrix4(camera.matrixWorldInverse).z;
        const projected = point.clone().project(camera);
        const inView = depth < 0 && Math.abs(projected.x) <= 1 && Math.abs(projected.y) <= 1;
        return { ...onScreen(point), inView };
      },
      roomAt: (x, y) => {
        const box = gl.domElement.getBoundingClientRect();
        const ndc = { x: ((x - box.left) / box.width) * 2 - 1, y: 1 - ((y - box.top) / box.height) * 2 };
        return roomAt(root, camera, ndc, new Set(scene.rooms.map((room) => room.id)));
      },
      partScreenPosition: (partId) => {
        const anchor = partAnchor(scene, partId);
        return anchor ? onScreen(toThree(...anchor)) : null;
      },
      camera: () => ({ position: fromThree(camera.position), direction: fromThree(camera.getWorldDirection(new Vector3())) }),
      measureFrames: (durationMs) =>
        new Promise((resolve) => {
          // Turn the camera a little every animation frame and count the frames the scene actually drew.
          const start = performance.now();
          const before = framesDrawn.current;
          const tick = () => {
            const elapsed = performance.now() - start;
            if (elapsed >= durationMs) {
              resolve({ frames: framesDrawn.current - before, ms: elapsed });
              return;
            }
            camera.position.applyAxisAngle(UP, 0.01);
            camera.lookAt(0, 0, 0);
            invalidate();
            requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        }),
    };
    return () => {
      walkInput.setOnChange(null);
      delete window.atlasViewer;
    };
  }, [scene, pins, markers, camera, gl, invalidate, root]);

  return null;
}
