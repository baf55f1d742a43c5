/**
 * Walking: a drag on the canvas looks around (sideways turns, up and down tilts), with a finger or the mouse. The
 * canvas takes touches for itself while walking, so a drag is not the page scrolling.
 */
import { useEffect, useRef } from 'react';

/** Radians per pixel dragged. */
const LOOK_PER_PX = 0.005;

export function useWalkLook(element: HTMLElement, active: boolean, onLook: (turn: number, tilt: number) => void): void {
  const latest = useRef(onLook);
  latest.current = onLook;
  useEffect(() => {
    if (!active) return;
    let last: { x: number; y: number; id: number } | null = null;
    const down = (event: PointerEvent) => {
      if (!event.isPrimary) return;
      last = { x: event.clientX, y: event.clientY, id: event.pointerId };
    };
    const move = (event: PointerEvent) => {
      if (!last || event.pointerId !== last.id) return;
      const dx = event.clientX - last.x;
      const dy = event.clientY - last.y;
      last = { ...last, x: event.clientX, y: event.clientY };
      // Dragging right turns right (clockwise seen from above); dragging up looks up.
      latest.current(-dx * LOOK_PER_PX, -dy * LOOK_PER_PX);
    };
    const up = () => (last = null);
    const touchAction = element.style.touchAction;
    element.style.touchAction = 'none';
    element.addEventListener('pointerdown', down);
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', up);
    return () => {
      element.style.touchAction = touchAction;
      element.removeEventListener('pointerdown', down);
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
    };
  }, [element, active]);
}
