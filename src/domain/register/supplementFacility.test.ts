import { describe, expect, it } from 'vitest';
import { makeSupplementFeature, supplementCollection } from '../../../tests/fixtures/registerFixtures';
import { parseSupplement } from './supplement';
import { supplementOnlyFacility } from './supplementFacility';
import { supplementSources } from './supplementSources';

function facilityFrom(properties: Record<string, unknown>) {
  const collection = supplementCollection([makeSupplementFeature({ id: 'SYNTHETIC-s1', properties })]);
  const { records } = parseSupplement(collection, 's.geojson');
  const [record] = records;
  if (!record) throw new Error('fixture record did not parse');
  return supplementOnlyFacility(record, supplementSources(records));
}

describe('supplementOnlyFacility', () => {
  it('keeps its own id, type, location and precision', () => {
    const facility = facilityFrom({ facility_type: 'political_prison_camp', precision: 'approximate' });
    expect(facility).toMatchObject({
      id: 'SYNTHETIC-s1',
      type: 'political_prison_camp',
      precision: 'approximate',
      location: [129.5, 42],
    });
  });

  it('maps active to operative', () => {
    expect(facilityFrom({ status: 'active' }).status).toBe('operative');
  });

  it('maps a dated closure to closed and keeps the wording in notes and sourceText', () => {
    const facility = facilityFrom({ status: 'closed (reported 2012)' });
    expect(facility.status).toBe('closed');
    expect(facility.notes).toContain('Status as the source gives it: "closed (reported 2012)".');
    expect(facility.sourceText?.status).toBe('closed (reported 2012)');
  });

  it('shows an unknown status value as unknown with a note', () => {
    const facility = facilityFrom({ status: 'relocated' });
    expect(facility.status).toBe('unknown');
    expect(facility.notes?.[0]).toContain('"relocated"');
  });

  it('shows a type outside the enum as other with a note', () => {
    const facility = facilityFrom({ facility_type: 'annex' });
    expect(facility.type).toBe('other');
    expect(facility.sourceText?.type).toBe('annex');
  });

  it('spells out the agency abbreviations the supplement uses, keeping its text', () => {
    const spelledOut = { agency: 'Ministry of State Security', sourceText: { agency: 'MSS' } };
    expect(facilityFrom({ agency: 'MSS' })).toMatchObject(spelledOut);
    expect(facilityFrom({ agency: 'MPS/MSoS' }).agency).toBe("Ministry of People's Security");
  });

  it('takes the province that leads a qualified value, keeping the full text', () => {
    const province = "Pyongyang (NKPD); HRNK map text says 'South Pyongan'";
    expect(facilityFrom({ province })).toMatchObject({ province: 'Pyongyang', sourceText: { province } });
  });

  it('keeps its status note, notes and coordinate origin as notes', () => {
    const properties = { status_note: 'SYNTHETIC status.', notes: 'SYNTHETIC note.', coord_origin: 'SYNTHETIC point' };
    expect(facilityFrom(properties).notes).toEqual([
      'Status note: SYNTHETIC status.',
      'SYNTHETIC note.',
      'Coordinate origin: SYNTHETIC point',
    ]);
  });

  it('keeps the aliases, leaves out an unknown county and the Korean name no source is cited for', () => {
    const facility = facilityFrom({ name_ko: '합성', aliases: ['SYNTHETIC a', 'SYNTHETIC a'], county: 'unknown' });
    expect(facility.name.ko).toBeUndefined();
    expect(facility.aliases).toEqual(['SYNTHETIC a']);
    expect(facility.county).toBeUndefined();
  });
});
