import { describe, expect, it } from 'vitest';
import { makeFacility } from '../../tests/fixtures/facilityFactory';
import { pointStanding } from './pointStanding';

describe('pointStanding', () => {
  it('calls a point that contradicts its record doubtful, with the reason, whatever its precision', () => {
    const reason = { en: 'SYNTHETIC: listed in North Hamgyong, lies in Ryanggang', ko: 'SYNTHETIC 이유' };
    const facility = makeFacility({ id: 'SYNTHETIC-1', precision: 'site', locationDoubt: { reason } });
    expect(pointStanding(facility)).toEqual({ kind: 'doubtful', reason, precision: 'site' });
  });

  it('calls a sound point by its precision', () => {
    expect(pointStanding(makeFacility({ id: 'SYNTHETIC-2', precision: 'site' }))).toEqual({ kind: 'site' });
    expect(pointStanding(makeFacility({ id: 'SYNTHETIC-3', precision: 'approximate' }))).toEqual({ kind: 'approximate' });
  });

  it('calls a facility without a point unlocated, even if a doubt was left on it', () => {
    const facility = makeFacility({ id: 'SYNTHETIC-4', location: null, precision: 'province', locationDoubt: { reason: { en: 'SYNTHETIC' } } });
    expect(pointStanding(facility)).toEqual({ kind: 'unlocated' });
  });
});
