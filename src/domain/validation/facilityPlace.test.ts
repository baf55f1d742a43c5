import { describe, expect, it } from 'vitest';
import { collection, facility, point, provincesFile, rawFile, sourcesFile } from '../../../tests/fixtures/datasetFactory';
import { onlyProblem, summaries } from '../../../tests/fixtures/problemQueries';
import { loadDataset } from '../loadDataset';

const METRES_PER_DEGREE_AT_42N = 111_320 * Math.cos((42 * Math.PI) / 180);

function problemsFor(...facilities: unknown[]) {
  return loadDataset([
    rawFile('sources.json', sourcesFile()),
    rawFile('provinces.geojson', provincesFile()),
    rawFile('facilities.geojson', collection(facilities)),
  ]).problems;
}

describe('facility place', () => {
  it('warns about a point outside North Korea', () => {
    expect(summaries(problemsFor(facility({}, point([127, 36]))))).toEqual(['warning facility.outsideCountry SYNTHETIC-facility']);
  });

  it('warns when the point lies in another province than stated', () => {
    const problem = onlyProblem(problemsFor(facility({ province: 'Ryanggang' })), 'facility.province.mismatch');
    expect(problem).toMatchObject({ level: 'warning', featureId: 'SYNTHETIC-facility' });
    expect(problem.message).toContain('lies in North Hamgyong');
  });

  it('says a mismatch is disclosed when the record has a locationDoubt, keeping it a warning', () => {
    const doubtful = facility({ province: 'Ryanggang', locationDoubt: { reason: { en: 'SYNTHETIC reason' } } });
    const problem = onlyProblem(problemsFor(doubtful), 'facility.province.disclosed');
    expect(problem).toMatchObject({ level: 'warning', featureId: 'SYNTHETIC-facility' });
    expect(problem.message).toContain("Disclosed: the record's locationDoubt says why.");
  });

  it("checks a register province name against its boundary's name (Chagang is Jagang)", () => {
    expect(problemsFor(facility({ province: 'Chagang' }, point([127, 41])))).toEqual([]);
  });

  it('checks Rason against North Hamgyong, which contains it', () => {
    expect(problemsFor(facility({ province: 'Rason' }))).toEqual([]);
  });

  it('assigns a point 30 m off the coast to the nearest province, without a warning', () => {
    expect(problemsFor(facility({}, point([130 + 30 / METRES_PER_DEGREE_AT_42N, 42])))).toEqual([]);
  });

  it('warns when a point lies more than 2 km outside every province', () => {
    expect(summaries(problemsFor(facility({}, point([130.1, 42]))))).toEqual(['warning facility.province.none SYNTHETIC-facility']);
  });

  it('uses the fallback provinces when the dataset has none', () => {
    const files = [rawFile('facilities.geojson', collection([facility({ province: 'Ryanggang' })]))];
    const fallbackProvinces = loadDataset([rawFile('provinces.geojson', provincesFile())]).dataset.provinces;
    expect(summaries(loadDataset(files, { fallbackProvinces }).problems)).toEqual(['warning facility.province.mismatch SYNTHETIC-facility']);
  });
});
