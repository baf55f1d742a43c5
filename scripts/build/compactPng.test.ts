import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { compactPng } from './compactPng';
import { legendSheetPng } from './markerSheets';

describe('compactPng', () => {
  it('keeps every pixel of the legend sheet and makes it at most a third of pngjs default encoding', () => {
    const sheet = PNG.sync.read(legendSheetPng());
    const compact = compactPng(sheet);
    const decoded = PNG.sync.read(compact);
    expect([decoded.width, decoded.height]).toEqual([sheet.width, sheet.height]);
    expect(Buffer.compare(decoded.data, sheet.data)).toBe(0);
    expect(compact.length).toBeLessThan(PNG.sync.write(sheet).length / 3);
  });
});
