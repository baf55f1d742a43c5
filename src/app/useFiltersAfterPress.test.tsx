// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useSessionStore } from '../store/sessionStore';
import { DEFAULT_VIEW } from '../store/urlState';
import { useFiltersAfterPress } from './useFiltersAfterPress';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Shown() {
  const { filter, evidence } = useFiltersAfterPress();
  return <p>{`${evidence.categories.join(',') || 'all'} / ${filter.text || 'no text'}`}</p>;
}

/** Three tasks on: where the press's render comes, behind the map's data. */
const threeTasksOn = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the filters as the list draws them', () => {
  let root: Root;
  let container: HTMLDivElement;
  beforeEach(() => {
    useSessionStore.setState({ filter: DEFAULT_VIEW.filter, evidence: DEFAULT_VIEW.evidence });
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    act(() => root.render(<Shown />));
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  it('follows a press in a task after the press, not inside it', async () => {
    expect(container.textContent).toBe('all / no text');
    // React renders a store change synchronously when its subscribers read the store itself.
    act(() => useSessionStore.getState().toggleEvidence('categories', 'torture'));
    expect(container.textContent).toBe('all / no text');
    await act(threeTasksOn);
    expect(container.textContent).toBe('torture / no text');
  });

  it('draws the latest filters once after presses in a row', async () => {
    act(() => {
      useSessionStore.getState().toggleEvidence('categories', 'torture');
      useSessionStore.getState().toggleEvidence('categories', 'death');
    });
    await act(threeTasksOn);
    expect(container.textContent).toBe('torture,death / no text');
  });

  it('follows typing in a transition', async () => {
    await act(async () => useSessionStore.getState().setFilterText('Onsong'));
    expect(container.textContent).toBe('all / Onsong');
  });

  it('starts from filters set before it first subscribed (an address opened)', () => {
    act(() => root.unmount());
    useSessionStore.setState({ evidence: { ...DEFAULT_VIEW.evidence, categories: ['death'] } });
    root = createRoot(container);
    act(() => root.render(<Shown />));
    expect(container.textContent).toBe('death / no text');
  });
});
