import { describe, expect, it } from 'vitest';
import { makeFacility } from '../../../tests/fixtures/facilityFactory';
import { LINKED_PLACE_KINDS } from '../enums';
import { LINKED_PLACES, withLinkedRole } from './linkedPlaces';

describe('withLinkedRole', () => {
  it('marks an entity the reviewed table lists as a linked place of its kind, noting why', () => {
    const hospital = withLinkedRole(makeFacility({ id: 'SYNTHETIC-hospital', nkpdId: 'deh0lebdkom' }));
    expect(hospital).toMatchObject({ role: 'linked', linkedKind: 'hospital' });
    expect(hospital.notes?.at(-1)).toContain('Not a place of detention (Musan County Hospital: a hospital.)');
  });

  it('leaves any other facility as it is (penal)', () => {
    const facility = makeFacility({ id: 'SYNTHETIC-penal', nkpdId: 'SYNTHETIC0000' });
    expect(withLinkedRole(facility)).toBe(facility);
  });

  it('lists the entities the issue names, each with a kind and a reason', () => {
    expect(Object.keys(LINKED_PLACES)).toEqual(expect.arrayContaining(['deh0lebdkom', 'phy5oa1ry8', '4m49ccrwd9l', '9hv9d5do305', 'mfxy75p3jh']));
    for (const place of Object.values(LINKED_PLACES)) {
      expect(LINKED_PLACE_KINDS).toContain(place.kind);
      expect(place.reason.length).toBeGreaterThan(10);
    }
  });
});
