// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useGrowingCount } from './useGrowingCount';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const SYNTHETIC_A = ['SYNTHETIC-a'];
const SYNTHETIC_B = ['SYNTHETIC-b'];

function Count({ target, items }: { target: number; items: readonly string[] }) {
  return <p>{useGrowingCount(target, 25, items)}</p>;
}

/** jsdom has no requestIdleCallback: whenIdle's fallback runs each step in a task of its own. */
const idle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a list drawn a step at a time', () => {
  let root: Root;
  let container: HTMLDivElement;
  const render = (target: number, items: readonly string[]) => act(() => root.render(<Count target={target} items={items} />));
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  it('draws a step, then a step more each idle moment until all are drawn', async () => {
    render(60, SYNTHETIC_A);
    expect(container.textContent).toBe('25');
    await act(idle);
    expect(container.textContent).toBe('50');
    await act(idle);
    expect(container.textContent).toBe('60');
  });

  it('starts again from a step when the list is a new one, in the same render', async () => {
    render(60, SYNTHETIC_A);
    await act(idle);
    await act(idle);
    expect(container.textContent).toBe('60');
    render(60, SYNTHETIC_B);
    expect(container.textContent).toBe('25');
    await act(idle);
    expect(container.textContent).toBe('50');
  });

  it('follows a smaller target of the same list at once', async () => {
    render(60, SYNTHETIC_A);
    await act(idle);
    render(10, SYNTHETIC_A);
    expect(container.textContent).toBe('10');
  });
});
