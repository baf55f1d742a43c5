import { describe, expect, it } from 'vitest';
import { makeFacility } from '../../tests/fixtures/facilityFactory';
import { deepFreeze } from '../../tests/fixtures/deepFreeze';
import { aboutData, leftOutByReason } from './aboutData';
import type { Problem } from './problems';
import type { ImportReport } from './types';

const merged = makeFacility({
  id: 'SYNTHETIC-register',
  notes: ['Merged with supplementary record SYNTHETIC-kyohwaso (matched by a reviewed match).', 'Location from supplementary record SYNTHETIC-kyohwaso; the register gives no coordinates.'],
});
const doubtful = makeFacility({ id: 'SYNTHETIC-doubtful', locationDoubt: { reason: { en: 'SYNTHETIC: the point lies in another province', ko: '합성' } } });
const unconfirmed = makeFacility({ id: 'SYNTHETIC-unconfirmed', confirmation: { status: 'unconfirmed' } });
const facilities = deepFreeze([merged, doubtful, unconfirmed, makeFacility({ id: 'SYNTHETIC-plain' })]);
const problems: Problem[] = deepFreeze([
  { level: 'warning', code: 'facility.province.disclosed', file: 'facilities.geojson', featureId: 'SYNTHETIC-doubtful', message: 'SYNTHETIC disclosed' },
  { level: 'warning', code: 'facility.province.mismatch', file: 'facilities.geojson', featureId: 'SYNTHETIC-plain', message: 'SYNTHETIC undisclosed' },
]);
const report: ImportReport = deepFreeze({
  sourceId: 'SYNTHETIC-source',
  capturedAt: '2026-01-01T00:00:00Z',
  records: 10,
  imported: { high: 4 },
  leftOut: { private_house: 2, no_location: 3, other_place: 1 },
  facilitiesAdded: 1,
  idIssues: [],
});

describe('aboutData', () => {
  const data = aboutData(facilities, problems, [report]);

  it('lists each merge a record notes, with the merged record and how it was matched', () => {
    expect(data.merged).toEqual([
      { facility: merged, mergedId: 'SYNTHETIC-kyohwaso', note: 'Merged with supplementary record SYNTHETIC-kyohwaso (matched by a reviewed match).' },
    ]);
  });

  it('lists doubtful points with their reasons, the disclosed province warnings only, and the unconfirmed sites', () => {
    expect(data.doubtfulPoints.map(({ facility, reason }) => [facility.id, reason.en])).toEqual([['SYNTHETIC-doubtful', 'SYNTHETIC: the point lies in another province']]);
    expect(data.disclosedWarnings.map((problem) => problem.featureId)).toEqual(['SYNTHETIC-doubtful']);
    expect(data.unconfirmed.map((facility) => facility.id)).toEqual(['SYNTHETIC-unconfirmed']);
  });

  it('orders an import’s left-out reasons by count and sums them', () => {
    expect(leftOutByReason(report)).toEqual({
      reasons: [
        { reason: 'no_location', count: 3 },
        { reason: 'private_house', count: 2 },
        { reason: 'other_place', count: 1 },
      ],
      total: 6,
    });
  });
});
