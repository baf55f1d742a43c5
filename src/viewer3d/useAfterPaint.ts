import { startTransition, useEffect, useState } from 'react';

/**
 * `value` as the page had it one painted frame ago: a change is taken up once the frame that shows the page's other
 * changes has been drawn, in a transition. The viewer shows a chosen room's name and counts at once and its records
 * and 3D view in the frame after: on a CPU-drawn canvas, drawing the scene in the same frame held the first sight
 * of the choice back by the canvas's whole redraw.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A task queued from the frame's callback runs once that frame has been drawn.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown(value)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}
