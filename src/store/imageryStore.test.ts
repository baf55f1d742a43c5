// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

const CUSTOM_KEY = 'facility-atlas.custom-imagery.v1';

/** The store as a fresh page load finds it, with `stored` in local storage. */
async function storeLoadedWith(stored: unknown) {
  localStorage.setItem(CUSTOM_KEY, JSON.stringify(stored));
  vi.resetModules();
  return (await import('./imageryStore')).useImageryStore.getState();
}

describe('custom imagery kept in local storage', () => {
  beforeEach(() => localStorage.clear());

  it('comes back after a reload with the notes of today, from a layer stored with English notes', async () => {
    const { custom } = await storeLoadedWith([
      {
        id: 'custom-old',
        name: 'SYNTHETIC tiles',
        tiles: ['https://example.org/{z}/{x}/{y}.png'],
        tileSize: 256,
        maxzoom: 19,
        scheme: 'tms',
        attribution: 'SYNTHETIC tiles (added by you: check its terms of use)',
        licence: 'Unknown: added by you',
        dateLabel: 'Unknown: added by you',
        custom: true,
      },
    ]);
    expect(custom).toHaveLength(1);
    expect(custom[0]).toMatchObject({
      name: 'SYNTHETIC tiles',
      tiles: ['https://example.org/{z}/{x}/{y}.png'],
      scheme: 'tms',
      date: { key: 'imagery.dateNote.custom' },
      licence: { key: 'imagery.licenceNote.custom' },
    });
  });

  it('leaves out a stored entry that is not a usable layer, keeping the others', async () => {
    const good = { name: 'SYNTHETIC good', tiles: ['http://127.0.0.1:1/{z}/{x}/{y}.png'] };
    const { custom } = await storeLoadedWith([{ name: 'SYNTHETIC bad', tiles: ['javascript:alert(1)//{z}{x}{y}'] }, null, 'SYNTHETIC', good]);
    expect(custom.map((layer) => layer.name)).toEqual(['SYNTHETIC good']);
  });

  it('survives a stored value that is not JSON', async () => {
    localStorage.setItem(CUSTOM_KEY, '{SYNTHETIC');
    vi.resetModules();
    expect((await import('./imageryStore')).useImageryStore.getState().custom).toEqual([]);
  });
});
