import { BoxGeometry, Color, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { bakeLambert, DIRECTIONAL_LIGHT, HEMISPHERE_LIGHT, lambertFactor, litFloorColour } from './sceneLights';

const towardsSun = new Vector3(...DIRECTIONAL_LIGHT.position).normalize();

describe('baked Lambert lighting', () => {
  it('lights an upward face by the whole sky and the sun at its angle, over π, as three does', () => {
    const sky = new Color(HEMISPHERE_LIGHT.sky).multiplyScalar(HEMISPHERE_LIGHT.intensity);
    const sun = new Color(DIRECTIONAL_LIGHT.colour).multiplyScalar(DIRECTIONAL_LIGHT.intensity * towardsSun.y);
    const expected = sky.add(sun).multiplyScalar(1 / Math.PI);
    const factor = lambertFactor(new Vector3(0, 1, 0));
    expect([factor.r, factor.g, factor.b]).toEqual([expected.r, expected.g, expected.b].map((value) => expect.closeTo(value, 6)));
  });

  it('lights a downward face by the ground colour alone (the sun is above)', () => {
    const ground = new Color(HEMISPHERE_LIGHT.ground).multiplyScalar(HEMISPHERE_LIGHT.intensity / Math.PI);
    const factor = lambertFactor(new Vector3(0, -1, 0));
    expect([factor.r, factor.g, factor.b]).toEqual([ground.r, ground.g, ground.b].map((value) => expect.closeTo(value, 6)));
  });

  it('makes a wall facing the sun brighter than one facing away', () => {
    const lit = lambertFactor(new Vector3(towardsSun.x, 0, towardsSun.z).normalize());
    const shaded = lambertFactor(new Vector3(-towardsSun.x, 0, -towardsSun.z).normalize());
    expect(lit.r).toBeGreaterThan(shaded.r);
  });

  it('adds a selected floor’s glow on top of its lit colour', () => {
    const plain = litFloorColour('#ffd166');
    const glowing = litFloorColour('#ffd166', '#7a5200');
    expect(glowing.r - plain.r).toBeCloseTo(new Color('#7a5200').r, 6);
  });

  it('gives every vertex of a geometry the factor of its own normal', () => {
    const box = bakeLambert(new BoxGeometry(1, 1, 1));
    const colours = box.getAttribute('color');
    const normals = box.getAttribute('normal');
    expect(colours.count).toBe(normals.count);
    for (const index of [0, 8, 16, 23]) {
      const factor = lambertFactor(new Vector3().fromBufferAttribute(normals, index));
      expect([colours.getX(index), colours.getY(index), colours.getZ(index)]).toEqual(
        [factor.r, factor.g, factor.b].map((value) => expect.closeTo(value, 5)),
      );
    }
  });
});
