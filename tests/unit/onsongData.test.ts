/**
 * The shipped Onsong reconstruction (data/geojson/plans/nkpd-pe7q4z9cv8.geojson) and its violations: current with
 * scripts/data/onsong, loading without errors, placed at the register's point, and every element honest about what
 * it rests on — sourced elements cite a quote, illustrative ones say why.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/domain/loadDataset';
import { planToScene } from '../../src/domain/plan3d/planToScene';
import { onsongPlan, ONSONG_ORIGIN } from '../../scripts/data/onsong/onsongLayout';
import { ONSONG_FACILITY_ID, ONSONG_SOURCES } from '../../scripts/data/onsong/onsongSources';
import { onsongViolationFeatures } from '../../scripts/data/onsong/onsongViolations';
import { effectiveConfidence } from '../../src/domain/plan3d/effectiveConfidence';

const DATA = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/geojson');
const read = (path: string) => readFileSync(resolve(DATA, path), 'utf8');
const planPath = `plans/${ONSONG_FACILITY_ID}.geojson`;

const files = ['facilities.geojson', 'sources.json', 'violations.geojson', 'provinces.geojson', planPath].map((path) => ({ path, text: read(path) }));
const { dataset, problems } = loadDataset(files);
const plan = dataset.plans.find((candidate) => candidate.facilityId === ONSONG_FACILITY_ID);
const facility = dataset.facilities.find((candidate) => candidate.id === ONSONG_FACILITY_ID);
const violations = dataset.violations.filter((violation) => violation.facilityId === ONSONG_FACILITY_ID);

describe('Onsong reconstruction data', () => {
  it('is current with scripts/data/onsong (re-run npm run build:onsong if this fails)', () => {
    expect(JSON.parse(read(planPath))).toEqual(onsongPlan());
    const shipped = JSON.parse(read('violations.geojson')).features.filter(
      (feature: { properties: { facilityId: string } }) => feature.properties.facilityId === ONSONG_FACILITY_ID,
    );
    expect(shipped).toEqual(onsongViolationFeatures());
    const sourceIds = dataset.sources.map((source) => source.id);
    for (const source of ONSONG_SOURCES) expect(sourceIds).toContain(source.id);
  });

  it('loads with no errors in the plan, the violations or the sources', () => {
    const errors = problems.filter((problem) => problem.level === 'error');
    expect(errors).toEqual([]);
    expect(problems.filter((problem) => problem.file !== 'facilities.geojson')).toEqual([]);
    expect(readdirSync(resolve(DATA, 'plans'))).toContain(`${ONSONG_FACILITY_ID}.geojson`);
  });

  it('has the ten cells, the corridor, staff quarters and interrogation rooms the sources name', () => {
    const rooms = plan!.features.filter((feature) => feature.kind === 'room');
    const cells = rooms.filter((room) => room.kind === 'room' && room.use === 'cell');
    expect(cells).toHaveLength(10);
    for (const cell of cells) {
      expect(cell.confidence).toBe('single_source');
      expect(cell.sources[0]?.quote).toContain('ten cells lined up next to each other');
    }
    expect(rooms.map((room) => room.id)).toEqual(expect.arrayContaining(['corridor', 'staff-quarters', 'interrogation-1', 'interrogation-2']));
    const bars = plan!.features.filter((feature) => feature.kind === 'opening' && feature.openingType === 'bars');
    expect(bars).toHaveLength(10);
  });

  it('says what every element rests on: a quoted source, or a basis when illustrative', () => {
    for (const feature of plan!.features) {
      if (feature.confidence === 'illustrative') expect(feature.basis?.length ?? 0, feature.id).toBeGreaterThan(30);
      else expect(feature.sources.every((ref) => ref.quote && ref.quote.length > 10), feature.id).toBe(true);
    }
    const leeBased = plan!.features.filter((feature) => feature.sources.some((ref) => ref.sourceId === 'lemkin-lee-young-joo'));
    expect(leeBased.length).toBeGreaterThan(0);
    for (const feature of leeBased) expect(feature.basis).toContain('may describe a different Onsong facility');
  });

  it("says on every reference to Lee Young-joo's account, in English and Korean, that it may describe another facility", () => {
    const leeRefs = plan!.features.flatMap((feature) => feature.sources.filter((ref) => ref.sourceId === 'lemkin-lee-young-joo'));
    expect(leeRefs.length).toBe(11);
    for (const ref of leeRefs) {
      expect(ref.doubt?.en).toContain('may describe another Onsong facility');
      expect(ref.doubt?.ko).toContain('다른 시설');
    }
  });

  it('labels the barred fronts and the corridor "single source, link doubtful", and the toilet holes as drawn from another facility', () => {
    const labelOf = (id: string) => effectiveConfidence(plan!.features.find((feature) => feature.id === id)!).label;
    expect(labelOf('corridor')).toBe('single_source_link_doubtful');
    for (let number = 1; number <= 10; number += 1) {
      const cell = `cell-${String(number).padStart(2, '0')}`;
      expect(labelOf(`${cell}-bars`)).toBe('single_source_link_doubtful');
      expect(labelOf(`${cell}-toilet-hole`)).toBe('illustrative_link_doubtful');
      expect(labelOf(cell)).toBe('single_source');
    }
  });

  it('records both versions of her stay: three months in 2007 (BBC) and two weeks in 2006 at an MSS holding centre (Daily NK)', () => {
    const byId = new Map(dataset.sources.map((source) => [source.id, source]));
    expect(byId.get('lemkin-lee-young-joo')?.note?.en).toContain('She spent three months at the Onsong Detention Centre');
    const dailyNk = byId.get('dailynk-lee-young-joo-onsong-2006');
    expect(dailyNk?.url).toMatch(/^https:\/\/www\.dailynk\.com\//);
    expect(dailyNk?.note?.en).toContain('In September 2006, she was forcibly sent back to North Korea and detained for two weeks at a MSS holding center in Onsong.');
    expect(dailyNk?.note?.ko).toBeTruthy();
  });

  it("is placed at the register's coordinate, in metres", () => {
    expect(facility?.location).toEqual(ONSONG_ORIGIN);
    const scene = planToScene(plan!, facility);
    const building = scene.buildings[0]!;
    const xs = building.outline.map(([x]) => x);
    const ys = building.outline.map(([, y]) => y);
    expect((Math.min(...xs) + Math.max(...xs)) / 2).toBeCloseTo(0, 1);
    expect((Math.min(...ys) + Math.max(...ys)) / 2).toBeCloseTo(0, 1);
    const cell = scene.rooms.find((room) => room.id === 'cell-01')!;
    expect(cell.areaM2).toBeCloseTo(7.2, 1);
  });

  it('draws its walls as illustrative (the sizes and positions are a guess) and its barred fronts as their sources say', () => {
    const scene = planToScene(plan!, facility);
    const confidences = (kind: string) => new Set(scene.walls.filter((wall) => wall.kind === kind).map((wall) => wall.confidence));
    expect(confidences('wall')).toEqual(new Set(['illustrative']));
    expect(confidences('bars')).toEqual(new Set(['single_source']));
    const bars = scene.walls.filter((wall) => wall.kind === 'bars');
    expect(new Set(bars.map((wall) => wall.openingId))).toEqual(new Set(scene.openings.filter((item) => item.openingType === 'bars').map((item) => item.id)));
  });

  it("lists Ms. Kim's 2019 detention as facility-only violations, each quoting the NKPD page", () => {
    expect(violations.map((violation) => violation.category).sort()).toEqual(['arbitrary_detention', 'inhumane_conditions', 'starvation', 'torture']);
    for (const violation of violations) {
      expect(violation.placement).toBe('facility_only');
      expect(violation.location).toBeNull();
      expect(violation.roomId).toBeUndefined();
      expect(violation.date.from).toBe('2019-01');
      expect(violation.summary.ko).toBeTruthy();
      expect(violation.sources).toHaveLength(1);
      expect(violation.sources[0]).toMatchObject({ sourceId: 'nkpd-onsong-3d-model-page', quote: expect.any(String) });
    }
  });
});
