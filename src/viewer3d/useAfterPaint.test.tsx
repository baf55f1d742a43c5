// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAfterPaint } from './useAfterPaint';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Shown({ value }: { value: string }) {
  return <p>{`${value}/${useAfterPaint(value)}`}</p>;
}

describe('a value taken up after the next painted frame', () => {
  let frames: FrameRequestCallback[];
  let root: Root;
  let container: HTMLDivElement;
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    container = document.createElement('div');
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });
  const drawFrame = () => act(() => frames.splice(0).forEach((callback) => callback(0)));

  it('starts with the value, and follows a change only once a frame has been drawn and the task after it has run', () => {
    act(() => root.render(<Shown value="a" />));
    expect(container.textContent).toBe('a/a');
    act(() => root.render(<Shown value="b" />));
    expect(container.textContent).toBe('b/a');
    act(() => void vi.runAllTimers());
    expect(container.textContent).toBe('b/a');
    drawFrame();
    expect(container.textContent).toBe('b/a');
    act(() => void vi.runAllTimers());
    expect(container.textContent).toBe('b/b');
  });

  it('takes up only the last of changes made within one frame', () => {
    act(() => root.render(<Shown value="a" />));
    act(() => root.render(<Shown value="b" />));
    act(() => root.render(<Shown value="c" />));
    drawFrame();
    act(() => void vi.runAllTimers());
    expect(container.textContent).toBe('c/c');
  });
});
