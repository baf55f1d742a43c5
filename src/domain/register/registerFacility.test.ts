import { describe, expect, it } from 'vitest';
import { makeRegisterCells, registerTsv, type RegisterCells } from '../../../tests/fixtures/registerFixtures';
import { registerFacility, registerStatus, registerType } from './registerFacility';
import { REGISTER_SOURCE_ID } from './registerSources';
import { parseRegisterTsv } from './registerTsv';

function facilityFrom(cells: RegisterCells) {
  const [row] = parseRegisterTsv(registerTsv([cells]), 'r.tsv').rows;
  if (!row) throw new Error('fixture row did not parse');
  return registerFacility(row);
}

describe('registerType', () => {
  it.each([
    ['Waiting Room', 'waiting_room'],
    ['Holding Centre', 'holding_centre'],
    ['Detention Centre', 'detention_centre'],
    ['Labour Training Centre', 'labour_training_centre'],
    ['Labour Training Camp', 'labour_training_camp'],
    ['Re-education Camp', 're_education_camp'],
    ['Political Prison Camp', 'political_prison_camp'],
    ['Closed Detention Facility', 'closed_detention_facility'],
    ['Office', 'office'],
    ['Kkotjebi Relief Station', 'relief_station'],
    ['Other', 'other'],
  ])('maps %s to %s', (text, type) => {
    expect(registerType(text)).toBe(type);
  });

  it('ignores capitalisation and extra whitespace', () => {
    expect(registerType('  waiting   room ')).toBe('waiting_room');
  });

  it('gives null for a type it does not know', () => {
    expect(registerType('Secret Annex')).toBeNull();
  });
});

describe('registerStatus', () => {
  it('maps Operative, Closed and Unknown in any case', () => {
    expect(['Operative', 'CLOSED', 'unknown'].map(registerStatus)).toEqual(['operative', 'closed', 'unknown']);
  });

  it('gives null for a status it does not know', () => {
    expect(registerStatus('Relocated')).toBeNull();
  });
});

describe('registerFacility', () => {
  it('ids the facility nkpd-<sharedId> and keeps the sharedId', () => {
    const facility = facilityFrom(makeRegisterCells({ id: 'SYNTHETIC1' }));
    expect(facility).toMatchObject({ id: 'nkpd-SYNTHETIC1', nkpdId: 'SYNTHETIC1' });
  });

  it('normalises the display name and keeps the text as written in sourceText', () => {
    const facility = facilityFrom(makeRegisterCells({ id: 'SYNTHETIC1', name: ' Hyesan City MSS  Detention Centre' }));
    expect(facility.name.en).toBe('Hyesan City MSS Detention Centre');
    expect(facility.sourceText?.name).toBe(' Hyesan City MSS  Detention Centre');
  });

  it('straightens a curly apostrophe in the agency and keeps the original', () => {
    const facility = facilityFrom(makeRegisterCells({ id: 'SYNTHETIC1', agency: 'Korean People’s Army' }));
    expect(facility.agency).toBe("Korean People's Army");
    expect(facility.sourceText?.agency).toBe('Korean People’s Army');
  });

  it('always keeps the type and affiliation as written, and nothing else unchanged', () => {
    const facility = facilityFrom(makeRegisterCells({ id: 'SYNTHETIC1', type: 'detention centre' }));
    expect(facility.sourceText).toEqual({ type: 'detention centre', affiliation: 'MPS Detention Centre' });
  });

  it('shows an unknown type as other with a note', () => {
    const facility = facilityFrom(makeRegisterCells({ id: 'SYNTHETIC1', type: 'Secret Annex' }));
    expect(facility.type).toBe('other');
    expect(facility.notes?.[0]).toContain('"Secret Annex"');
  });

  it('shows an unknown status as unknown with a note and the text kept', () => {
    const facility = facilityFrom(makeRegisterCells({ id: 'SYNTHETIC1', status: 'Relocated' }));
    expect(facility.status).toBe('unknown');
    expect(facility.notes?.[0]).toContain('"Relocated"');
    expect(facility.sourceText?.status).toBe('Relocated');
  });

  it('gives a located row site precision', () => {
    expect(facilityFrom(makeRegisterCells({ id: 'SYNTHETIC1' })).precision).toBe('site');
  });

  it('gives an unlocated row null location and province precision', () => {
    const facility = facilityFrom(makeRegisterCells({ id: 'SYNTHETIC1', lat: 'null', lon: 'null' }));
    expect(facility).toMatchObject({ location: null, precision: 'province' });
  });

  it("cites the register with the entity URL and the row's values as fields, never as a quote", () => {
    const facility = facilityFrom(makeRegisterCells({ id: 'SYNTHETIC1', lat: '42.5', lon: '129.75' }));
    expect(facility.sources).toEqual([
      {
        sourceId: REGISTER_SOURCE_ID,
        locator: 'https://nkpd.io/en/entity/SYNTHETIC1',
        fields: expect.objectContaining({
          type: 'Detention Centre',
          agency: "Ministry of People's Security",
          province: 'North Hamgyong',
          status: 'Unknown',
          lat: '42.5',
          lon: '129.75',
          edited: '2024-01-01',
        }),
      },
    ]);
    expect(facility.sources[0]).not.toHaveProperty('quote');
  });

  it('cites no coordinate fields where the register has no geolocation', () => {
    const facility = facilityFrom(makeRegisterCells({ id: 'SYNTHETIC1', lat: 'null', lon: 'null' }));
    expect(facility.sources[0]?.fields).not.toHaveProperty('lat');
    expect(facility.sources[0]?.fields).not.toHaveProperty('lon');
  });
});
