import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en, ko } from '../i18n/dictionaries';
import { AGENCY_LABEL_KEYS, agencyLabel } from './labels';

const t = ((key: string) => `«${key}»`) as unknown as Parameters<typeof agencyLabel>[1];

describe('agency labels', () => {
  it('have every key in English and Korean', () => {
    expect(AGENCY_LABEL_KEYS.filter((key) => !(key in en) || !(key in ko))).toEqual([]);
  });

  it('name every agency of the bundled data in the reader language, and say when no source gives one', () => {
    const facilities = (JSON.parse(readFileSync('data/geojson/facilities.geojson', 'utf8')) as { features: { properties: { agency: string } }[] }).features;
    const agencies = [...new Set(facilities.map((feature) => feature.properties.agency))];
    expect(agencies).toContain('');
    expect(agencies.filter((agency) => !agencyLabel(agency, t).startsWith('«'))).toEqual([]);
    expect(agencyLabel('', t)).toBe('«honest.card.agencyNotGiven»');
    expect(agencyLabel('An agency no table knows', t)).toBe('An agency no table knows');
  });
});
