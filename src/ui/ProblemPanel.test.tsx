// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Problem } from '../domain/problems';
import { setupI18n } from '../i18n/setupI18n';
import { ProblemPanel } from './ProblemPanel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function problem(index: number, level: Problem['level']): Problem {
  return { level, code: 'SYNTHETIC', file: 'facilities.geojson', featureId: `SYNTHETIC-${index}`, message: `SYNTHETIC problem ${index}` };
}

// 240 warnings, then 2 errors at the very end, as a loader may report them.
const PROBLEMS: readonly Problem[] = Object.freeze([...Array.from({ length: 240 }, (_, index) => problem(index, 'warning')), problem(240, 'error'), problem(241, 'error')]);

describe('the problem panel with many problems', () => {
  let container: HTMLDivElement;
  let root: Root;
  const items = () => [...container.querySelectorAll('li')];
  const showMore = () => container.querySelector<HTMLButtonElement>('button.show-more');

  beforeAll(() => setupI18n());

  beforeEach(async () => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    await act(async () => root.render(<ProblemPanel problems={PROBLEMS} />));
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  it('lists the first hundred, errors first', () => {
    expect(items()).toHaveLength(100);
    expect(items().slice(0, 3).map((item) => item.querySelector('code:last-of-type')?.textContent)).toEqual(['SYNTHETIC-240', 'SYNTHETIC-241', 'SYNTHETIC-0']);
  });

  it('counts them all in its summary and lists the rest a page at a time', async () => {
    expect(container.querySelector('summary')?.textContent).toBe('Problems found while loading: 2 errors, 240 warnings');
    await act(async () => showMore()?.click());
    expect(items()).toHaveLength(200);
    await act(async () => showMore()?.click());
    expect(items()).toHaveLength(242);
    expect(showMore()).toBeNull();
  });
});
