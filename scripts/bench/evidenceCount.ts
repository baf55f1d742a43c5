/**
 * One filter change's count over 100,000 SYNTHETIC violations at 10,000 SYNTHETIC facilities (a decade and a right
 * chosen), through the evidence index as the map counts, against a plain walk over the same records testing the
 * same two conditions (the least any count must do). Node only; prints medians, spreads and the ratio; budget
 * 100 ms. Run: npx tsx scripts/bench/evidenceCount.ts [runs]
 */
import { countEvidence } from '../../src/domain/evidence/evidenceCounts';
import { EMPTY_EVIDENCE } from '../../src/domain/evidence/evidenceFilter';
import { buildEvidenceIndex } from '../../src/domain/evidence/evidenceIndex';
import { decadeOf } from '../../src/domain/evidence/violationDecade';
import { makeViolation } from '../../tests/fixtures/violationFactory';
import { alternate, spread } from './benchSupport';

const RUNS = Number(process.argv[2] ?? 20);
const LIFE = 'saengmyeonggweon';
const violations = Array.from({ length: 100_000 }, (_, position) =>
  makeViolation(
    { id: `SYNTHETIC-${position}`, facilityId: `SYNTHETIC-f${position % 10_000}`, category: 'death', date: { from: String(1950 + (position % 80)) } },
    { rights: [LIFE], perpetrator: ['jeongbugigwan'] },
  ),
);
const index = buildEvidenceIndex(violations);
const filter = { ...EMPTY_EVIDENCE, decades: { from: 2000, to: 2000 }, rights: [LIFE] };

const timed = async (work: () => number) => {
  const started = performance.now();
  const total = work();
  if (total !== 12_500) throw new Error(`counted ${total}, expected 12,500`);
  return performance.now() - started;
};
const indexed = () => countEvidence(index, filter).total;
const walk = () => violations.filter((violation) => decadeOf(violation.date) === 2000 && violation.classification?.codes.rights?.includes(LIFE)).length;

// Warm up both before the timed, alternating runs.
for (let run = 0; run < 5; run += 1) {
  indexed();
  walk();
}
const [app, plain] = await alternate(RUNS, () => timed(indexed), () => timed(walk));
const [a, b] = [spread(app, 'ms', 2), spread(plain, 'ms', 2)];
console.log(`count, indexed:  ${a.text}`);
console.log(`plain walk:      ${b.text}`);
console.log(`ratio ${(a.median / b.median).toFixed(2)}×; budget 100 ms: ${a.median < 100 ? 'met' : 'NOT met'}`);
