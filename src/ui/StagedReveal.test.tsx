// @vitest-environment jsdom
/**
 * The sidebar at first load: its parts shown one per idle moment, in order, each rendered once (a part already
 * shown is not drawn again when the next one comes), and the list a few items at a time.
 */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Stage, StagedReveal } from './StagedReveal';
import { useGrowingCount } from './useGrowingCount';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Idle callbacks queued, run one at a time by the test (jsdom has none of its own). */
const idle: (() => void)[] = [];
async function nextIdle(): Promise<void> {
  await act(async () => idle.shift()?.());
}

describe('a view shown part by part', () => {
  let container: HTMLDivElement;
  let root: Root;
  const renders: string[] = [];

  function Part({ name }: { name: string }): ReactNode {
    renders.push(name);
    return <p>{name}</p>;
  }
  function List({ target }: { target: number }) {
    return <p data-count>{useGrowingCount(target, 25)}</p>;
  }
  const shown = () => [...container.querySelectorAll('p')].map((element) => element.textContent);

  beforeEach(() => {
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
    vi.unstubAllGlobals();
    idle.length = 0;
    renders.length = 0;
  });

  const page = (ready: boolean) => (
    <StagedReveal ready={ready} total={3}>
      <Stage at={1}>
        <Part name="filters" />
      </Stage>
      <Stage at={2}>
        <Part name="counts" />
      </Stage>
      <Stage at={3}>
        <Part name="list" />
      </Stage>
    </StagedReveal>
  );

  it('shows nothing until ready, then one part per idle moment, in order, each drawn once', async () => {
    await act(async () => root.render(page(false)));
    expect(shown()).toEqual([]);
    expect(idle).toHaveLength(0);
    await act(async () => root.render(page(true)));
    expect(shown()).toEqual([]);
    await nextIdle();
    expect(shown()).toEqual(['filters']);
    await nextIdle();
    expect(shown()).toEqual(['filters', 'counts']);
    await nextIdle();
    expect(shown()).toEqual(['filters', 'counts', 'list']);
    expect(idle).toHaveLength(0);
    expect(renders).toEqual(['filters', 'counts', 'list']);
  });

  it('grows a list by steps up to its target, and follows a smaller target at once', async () => {
    await act(async () => root.render(<List target={60} />));
    expect(shown()).toEqual(['25']);
    await nextIdle();
    expect(shown()).toEqual(['50']);
    await nextIdle();
    expect(shown()).toEqual(['60']);
    expect(idle).toHaveLength(0);
    await act(async () => root.render(<List target={10} />));
    expect(shown()).toEqual(['10']);
    await act(async () => root.render(<List target={60} />));
    expect(shown()).toEqual(['60']);
  });
});
