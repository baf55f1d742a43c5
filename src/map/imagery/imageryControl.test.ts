import type { Map as MaplibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { IMAGERY_LAYER, IMAGERY_SOURCE } from '../basemapStyle';
import { ImageryControl, type ImageryStatus } from './imageryControl';
import type { ImageryLayer } from './imageryLayers';

/** The part of a maplibre Map the control uses, recording what it does. */
function fakeMap() {
  const layers: { id: string; before?: string }[] = [];
  const sources = new Set<string>();
  const listeners = new Map<string, Set<(event: unknown) => void>>();
  const map = {
    on: (type: string, listener: (event: unknown) => void) => listeners.set(type, (listeners.get(type) ?? new Set()).add(listener)),
    off: (type: string, listener: (event: unknown) => void) => listeners.get(type)?.delete(listener),
    getLayer: (id: string) => layers.find((layer) => layer.id === id),
    getSource: (id: string) => (sources.has(id) ? {} : undefined),
    addLayer: (layer: { id: string }, before?: string) => layers.push({ id: layer.id, before }),
    removeLayer: (id: string) => layers.splice(layers.findIndex((layer) => layer.id === id), 1),
    addSource: (id: string) => sources.add(id),
    removeSource: (id: string) => sources.delete(id),
  };
  const fire = (type: string, event: unknown) => listeners.get(type)?.forEach((listener) => listener(event));
  return { map: map as unknown as MaplibreMap, layers, sources, listeners, fire };
}

const layer = (id: string, tile = `https://SYNTHETIC.example/${id}/{z}/{x}/{y}.png`): ImageryLayer =>
  Object.freeze({ id, name: id, tiles: [tile], tileSize: 256, maxzoom: 19, attribution: 'SYNTHETIC', licence: { text: 'SYNTHETIC' }, date: { text: 'SYNTHETIC' } }) as unknown as ImageryLayer;

function setUp() {
  const fake = fakeMap();
  const statuses: ImageryStatus[] = [];
  const control = new ImageryControl(fake.map, { onStatus: (status) => statuses.push(status), beforeLayer: () => 'SYNTHETIC-under' });
  return { ...fake, statuses, control };
}

describe('the imagery control both maps share', () => {
  it('waits for attach, then adds the source and layer as a pair under the given layer', () => {
    const { control, layers, sources, statuses } = setUp();
    control.set(layer('a'));
    expect(layers).toEqual([]);
    control.attach();
    expect(layers).toEqual([{ id: IMAGERY_LAYER, before: 'SYNTHETIC-under' }]);
    expect([...sources]).toEqual([IMAGERY_SOURCE]);
    expect(statuses).toEqual(['loading']);
  });

  it('replaces the pair when the layer or only its tiles change, removes it for none, and ignores the same layer', () => {
    const { control, layers, sources, statuses } = setUp();
    control.attach();
    control.set(layer('a'));
    control.set(layer('a'));
    control.set(layer('a', 'https://SYNTHETIC.example/other/{z}/{x}/{y}.png'));
    expect(layers).toHaveLength(1);
    control.set(null);
    expect(layers).toEqual([]);
    expect(sources.size).toBe(0);
    expect(statuses).toEqual(['off', 'loading', 'loading', 'off']);
  });

  it("reports its own source's tiles loaded or failed, not other sources', and stops listening when disposed", () => {
    const { control, fire, listeners, statuses } = setUp();
    control.attach();
    control.set(layer('a'));
    fire('sourcedata', { sourceId: 'SYNTHETIC-other', tile: { state: 'loaded' } });
    fire('sourcedata', { sourceId: IMAGERY_SOURCE, tile: { state: 'loaded' } });
    fire('error', { sourceId: IMAGERY_SOURCE });
    expect(statuses).toEqual(['off', 'loading', 'loaded', 'failed']);
    control.dispose();
    expect([...listeners.values()].every((set) => set.size === 0)).toBe(true);
  });
});
