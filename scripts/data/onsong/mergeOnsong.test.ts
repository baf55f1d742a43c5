import { describe, expect, it } from 'vitest';
import { collection, sourcesFile, violation } from '../../../tests/fixtures/datasetFactory';
import { mergeOnsong } from './mergeOnsong';
import { ONSONG_FACILITY_ID } from './onsongSources';

const otherImport = violation({ id: 'nkdb-SYNTHETIC', facilityId: ONSONG_FACILITY_ID }, null);
const ownEarlier = violation({ id: 'onsong-SYNTHETIC-earlier', facilityId: ONSONG_FACILITY_ID }, null);
const report = { sourceId: 'SYNTHETIC-import' };

describe('writing the Onsong reconstruction into the dataset files', () => {
  const merged = mergeOnsong(
    { sources: sourcesFile(), violations: collection([otherImport, ownEarlier], { imports: [report] }) },
    { sources: [], violations: [violation({ id: 'onsong-SYNTHETIC-new' }, null) as never] },
  );
  const ids = (merged.violations.features as { properties: { id: string } }[]).map((feature) => feature.properties.id);

  it("replaces its own violations but keeps another import's violations of the same facility", () => {
    expect(ids).toEqual(['nkdb-SYNTHETIC', 'onsong-SYNTHETIC-new']);
  });

  it("keeps the violations file's other members", () => {
    expect((merged.violations as { imports?: unknown }).imports).toEqual([report]);
  });
});
