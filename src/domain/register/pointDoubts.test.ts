import { describe, expect, it } from 'vitest';
import { box } from '../../../tests/fixtures/datasetFactory';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { makeFacility } from '../../../tests/fixtures/facilityFactory';
import type { Province } from '../types';
import { provinceDoubt, withPointDoubts } from './pointDoubts';

const METRES_PER_DEGREE_AT_42N = 111_320 * Math.cos((42 * Math.PI) / 180);
const provinces: readonly Province[] = deepFreeze([
  { name: 'North Hamgyong', pcode: 'KP02-SYNTHETIC', geometry: box(129, 41.5, 130, 42.5) },
  { name: 'Ryanggang', pcode: 'KP01-SYNTHETIC', geometry: box(128, 41.5, 129, 42.5) },
]);

describe('provinceDoubt', () => {
  it('says nothing when the point lies in the stated province', () => {
    const facility = makeFacility({ id: 'SYNTHETIC-ok', province: 'North Hamgyong', location: [129.5, 42] });
    expect(provinceDoubt(facility, [facility], provinces)).toBeNull();
  });

  it('says, in English and Korean, that the point was probably copied from a facility of that province a few metres away', () => {
    const neighbour = makeFacility({ id: 'SYNTHETIC-neighbour', name: { en: 'SYNTHETIC Ryanggang Centre' }, province: 'Ryanggang', location: [128.5, 42] });
    const copied = makeFacility({ id: 'SYNTHETIC-copied', province: 'North Hamgyong', location: [128.5 + 44 / METRES_PER_DEGREE_AT_42N, 42] });
    const reason = provinceDoubt(copied, [neighbour, copied], provinces);
    expect(reason?.en).toBe(
      'The register lists this facility in North Hamgyong, but its point lies in Ryanggang, 44 m from the SYNTHETIC ' +
        "Ryanggang Centre (SYNTHETIC-neighbour): the point was probably copied. The point is shown where the source puts it, but it may not be this facility's.",
    );
    expect(reason?.ko).toContain('함경북도');
    expect(reason?.ko).toContain('량강도');
    expect(reason?.ko).toContain('복사');
  });

  it('names a neighbour a few hundred metres away without calling the point copied', () => {
    const neighbour = makeFacility({ id: 'SYNTHETIC-near', province: 'North Hamgyong', location: [129.5, 42] });
    const doubtful = makeFacility({ id: 'SYNTHETIC-far', province: 'Ryanggang', location: [129.5 + 600 / METRES_PER_DEGREE_AT_42N, 42] });
    const reason = provinceDoubt(doubtful, [neighbour, doubtful], provinces);
    expect(reason?.en).toMatch(/its point lies in North Hamgyong, (599|600|601) m from the Facility SYNTHETIC-near/);
    expect(reason?.en).not.toContain('copied');
  });

  it('says how far outside the nearest province a point off the coast lies', () => {
    const offshore = makeFacility({ id: 'SYNTHETIC-sea', province: 'Ryanggang', location: [130 + 88 / METRES_PER_DEGREE_AT_42N, 42] });
    expect(provinceDoubt(offshore, [offshore], provinces)?.en).toContain('lies just off North Hamgyong, 88 m outside its boundary');
  });

  it('cannot check a province the boundaries do not know, or a facility without a point', () => {
    expect(provinceDoubt(makeFacility({ id: 'SYNTHETIC-x', province: 'Nowhere' }), [], provinces)).toBeNull();
    expect(provinceDoubt(makeFacility({ id: 'SYNTHETIC-y', province: 'Ryanggang', location: null, precision: 'province' }), [], provinces)).toBeNull();
  });
});

describe('withPointDoubts', () => {
  it('adds a locationDoubt to each contradicting facility and leaves the others as they are', () => {
    const sound = makeFacility({ id: 'SYNTHETIC-sound', province: 'North Hamgyong', location: [129.5, 42] });
    const contradicting = makeFacility({ id: 'SYNTHETIC-bad', province: 'Ryanggang', location: [129.6, 42] });
    const [first, second] = withPointDoubts([sound, contradicting], provinces);
    expect(first).toBe(sound);
    expect(second?.locationDoubt?.reason.en).toContain('lists this facility in Ryanggang');
  });
});
