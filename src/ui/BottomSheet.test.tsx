// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BottomSheet, type SheetSnap } from './BottomSheet';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const CONTAINER_HEIGHT = 800;

describe('a bottom sheet pulled by its handle', () => {
  let root: Root;
  let container: HTMLDivElement;
  const snaps: SheetSnap[] = [];
  beforeEach(() => {
    container = document.createElement('div');
    Object.defineProperty(container, 'clientHeight', { value: CONTAINER_HEIGHT });
    document.body.append(container);
    root = createRoot(container);
    snaps.length = 0;
    HTMLElement.prototype.setPointerCapture = vi.fn();
    // The sheet as drawn stays at its resting height (a height transition that has not caught up with the finger).
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ height: 240 } as DOMRect);
    act(() => root.render(<BottomSheet label="Facilities" title="333 facilities" snap="peek" onSnap={(snap) => snaps.push(snap)}>list</BottomSheet>));
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
    vi.restoreAllMocks();
  });

  const pointer = (type: string, clientY: number) => {
    const handle = container.querySelector('.sheet-handle');
    if (!handle) throw new Error('no handle');
    act(() => void handle.dispatchEvent(new MouseEvent(type, { bubbles: true, clientY })));
  };

  it('snaps to where the finger left it, following the finger without a transition while pulled', () => {
    pointer('pointerdown', 700);
    pointer('pointermove', 400);
    pointer('pointermove', 100);
    const sheet = container.querySelector<HTMLElement>('.sheet');
    expect(sheet?.dataset.pulling).toBe('true');
    expect(sheet?.style.height).toBe(`${CONTAINER_HEIGHT}px`);
    pointer('pointerup', 100);
    expect(snaps).toEqual(['full']);
    expect(sheet?.dataset.pulling).toBeUndefined();
    expect(sheet?.style.height).toBe('');
  });

  it('snaps to the middle for a pull that ends halfway', () => {
    pointer('pointerdown', 700);
    pointer('pointermove', 480);
    pointer('pointerup', 480);
    expect(snaps).toEqual(['half']);
  });
});
