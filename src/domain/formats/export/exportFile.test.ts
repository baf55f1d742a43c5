import { describe, expect, it } from 'vitest';
import { everything, syntheticDataset } from '../../../../tests/fixtures/formatsFixtures';
import type { Dataset } from '../../types';
import { readKmlText } from '../kml/kmlReader';
import { RESTRICTED_LINE } from './attribution';
import { checkExportRequest, exportDataset } from './exportFile';

const CONTEXT = { exportedAt: '2026-10-02T09:00:00.000Z', provinces: { attribution: 'UN OCHA, COD-AB', license: 'CC BY-IGO' } };

/** The SYNTHETIC dataset with a register capture, and a licensed, captured source (as NKDB's would be). */
function attributedDataset(): Dataset {
  const dataset = syntheticDataset();
  return {
    ...dataset,
    register: { name: 'SYNTHETIC register', url: 'https://example.org', capturedAt: '2026-10-01', entities: 5 },
    sources: dataset.sources.map((source) =>
      source.id === 'SYNTHETIC-source' ? { ...source, license: 'CC BY-NC 4.0', capture: { by: 'SYNTHETIC capturer', at: '2026-10-01' } } : source,
    ),
  };
}

describe('exportDataset', () => {
  it('names the file by its contents and date, and says RESTRICTED in a restricted export\'s name', () => {
    expect(exportDataset(syntheticDataset(), 'kml', everything(), CONTEXT).fileName).toBe('facility-atlas-all-2026-10-02.kml');
    expect(exportDataset(syntheticDataset(), 'uwazi-csv', everything(true, 'facilities'), CONTEXT).fileName).toBe('facility-atlas-facilities-2026-10-02-RESTRICTED.uwazi.csv');
  });

  it('puts the attribution and licence lines on every row: source licences and captures, OCHA where its codes are used', () => {
    const { text, lines } = exportDataset(attributedDataset(), 'csv', everything(), CONTEXT);
    expect(lines.attribution).toEqual([
      'Facility Atlas export, 2026-10-02: 4 facilities, 1 violations.',
      'Province codes: UN OCHA, COD-AB.',
      'SYNTHETIC report: captured by SYNTHETIC capturer on 2026-10-01.',
      'Restricted records and sources are not in this public export (2 records left out, 1 references withheld).',
    ]);
    expect(lines.license).toEqual(['Province codes (UN OCHA, COD-AB): CC BY-IGO.', 'SYNTHETIC report: CC BY-NC 4.0.']);
    const rows = text.trim().split('\r\n').slice(1);
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row).toContain('CC BY-IGO');
  });

  it('names the register capture when register records are exported', () => {
    const dataset = attributedDataset();
    const cited = { ...dataset, facilities: dataset.facilities.map((facility) => ({ ...facility, sources: [...facility.sources, { sourceId: 'nkpd-register' }] })) };
    const withRegister = { ...cited, sources: [...cited.sources, { id: 'nkpd-register', kind: 'database' as const, title: 'SYNTHETIC register source', visibility: 'public' as const }] };
    expect(exportDataset(withRegister, 'geojson', everything(), CONTEXT).lines.attribution).toContain('Register: SYNTHETIC register, https://example.org, captured 2026-10-01 (5 entities).');
  });

  it('marks a restricted export in its content', () => {
    const { text } = exportDataset(syntheticDataset(), 'geojson', everything(true), CONTEXT);
    const collection = JSON.parse(text) as { restricted: boolean; attribution: string[]; features: { properties: { attribution: string } }[] };
    expect(collection.restricted).toBe(true);
    expect(collection.attribution[0]).toBe(RESTRICTED_LINE);
    expect(collection.features.every((feature) => feature.properties.attribution.startsWith('RESTRICTED'))).toBe(true);
  });

  it("writes Uwazi's geolocation cell latitude first, and its select values by label", () => {
    const { text } = exportDataset(syntheticDataset(), 'uwazi-csv', everything(false, 'facilities'), CONTEXT);
    const [header, first] = text.split('\r\n');
    expect(header).toBe('Title,Title__ko,Template,Atlas id,NKPD id,Type,Agency,Province,Province pcode,County,Status,Precision,Geolocation,Aliases,Sources,Sources json,Attribution,Licence');
    expect(first).toContain(',Detention Centre,');
    expect(first).toContain(',42.000000123|129.123456789012,');
  });

  it('refuses facilities and violations in one Uwazi CSV', () => {
    expect(checkExportRequest('uwazi-csv', everything())).toContain('one template');
    expect(checkExportRequest('csv', everything())).toBeNull();
  });

  it('writes KML with the attribution in the export folder and each record as a placemark', () => {
    const { text } = exportDataset(syntheticDataset(), 'kml', everything(), CONTEXT);
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<kml/);
    const { rows } = readKmlText(text, 'export.kml');
    expect(rows.map((row) => [row.cells.record, row.cells.folder])).toEqual([
      ['facility', 'Facility Atlas export 2026-10-02 / Facilities'],
      ['facility', 'Facility Atlas export 2026-10-02 / Facilities'],
      ['facility', 'Facility Atlas export 2026-10-02 / Facilities'],
      ['facility', 'Facility Atlas export 2026-10-02 / Facilities'],
      ['violation', 'Facility Atlas export 2026-10-02 / Violations'],
    ]);
    expect(text).toContain('<description>Facility Atlas export, 2026-10-02: 4 facilities, 1 violations.');
  });
});
