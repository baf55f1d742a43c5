import { describe, expect, it } from 'vitest';
import { tooltipAnchor } from './hoverPlacement';

describe('tooltipAnchor', () => {
  it('puts the tooltip above the hovered marker when nothing is selected', () => {
    expect(tooltipAnchor({ x: 100, y: 100 }, null, false)).toBe('bottom');
  });

  it('puts it below when the selected marker stands just above', () => {
    expect(tooltipAnchor({ x: 100, y: 100 }, { x: 110, y: 70 }, false)).toBe('top');
  });

  it('keeps it above when the selected marker is below, far above or far aside', () => {
    expect(tooltipAnchor({ x: 100, y: 100 }, { x: 100, y: 130 }, false)).toBe('bottom');
    expect(tooltipAnchor({ x: 100, y: 100 }, { x: 100, y: -200 }, false)).toBe('bottom');
    expect(tooltipAnchor({ x: 100, y: 100 }, { x: 500, y: 80 }, false)).toBe('bottom');
  });

  it('shows no tooltip over the selected marker itself', () => {
    expect(tooltipAnchor({ x: 100, y: 100 }, { x: 100, y: 100 }, true)).toBeNull();
  });
});
