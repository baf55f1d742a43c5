import { describe, expect, it } from 'vitest';
import { modelsByFacility } from './modelFiles';

describe('modelsByFacility', () => {
  it('finds binary and JSON glTF models by facility id', () => {
    const found = modelsByFacility({
      '/assets/models/SYNTHETIC-a.glb': '/assets/SYNTHETIC-a-1.glb',
      '/assets/models/SYNTHETIC-b.gltf': '/assets/SYNTHETIC-b-2.gltf',
      '/assets/models/SYNTHETIC%20c.glb': '/assets/c.glb',
    });
    expect([...found]).toEqual([
      ['SYNTHETIC-a', '/assets/SYNTHETIC-a-1.glb'],
      ['SYNTHETIC-b', '/assets/SYNTHETIC-b-2.gltf'],
      ['SYNTHETIC c', '/assets/c.glb'],
    ]);
  });

  it('uses the hand-made .gltf where a facility also has a .glb, whichever comes first', () => {
    const gltf = '/assets/SYNTHETIC-a.gltf';
    const glb = '/assets/SYNTHETIC-a.glb';
    expect(modelsByFacility({ '/assets/models/SYNTHETIC-a.glb': glb, '/assets/models/SYNTHETIC-a.gltf': gltf }).get('SYNTHETIC-a')).toBe(gltf);
    expect(modelsByFacility({ '/assets/models/SYNTHETIC-a.gltf': gltf, '/assets/models/SYNTHETIC-a.glb': glb }).get('SYNTHETIC-a')).toBe(gltf);
  });
});
