import { describe, expect, it } from 'vitest';
import { makeSupplementFeature, supplementCollection } from '../../../tests/fixtures/registerFixtures';
import { parseSupplement } from './supplement';
import { supplementConfirmation } from './siteConfirmation';
import { supplementSources } from './supplementSources';

const MAP_URL = 'https://example.org/SYNTHETIC/hrnk_camps.kml';

function confirmationOf(statusNote: string | undefined) {
  const properties = { status_note: statusNote, sources: [{ url: MAP_URL, title: 'SYNTHETIC map', quote: 'SYNTHETIC words' }] };
  const { records } = parseSupplement(supplementCollection([makeSupplementFeature({ id: 'SYNTHETIC-s1', properties })]), 'supplement');
  const record = records[0]!;
  return supplementConfirmation(record, supplementSources(records));
}

describe('supplementConfirmation', () => {
  it.each([
    "HRNK map: 'This location is not yet confirmed.'",
    "HRNK map: 'not been confirmed by HRNK prisoner testimony'",
    "HRNK map lists under 'Unconfirmed Probable Camp Locations'.",
  ])('marks a site unconfirmed when its words say so: %s', (words) => {
    const confirmation = confirmationOf(words);
    expect(confirmation).toMatchObject({ status: 'unconfirmed', note: { en: `Not confirmed as a site: ${words}` } });
    expect(confirmation?.sourceId).toMatch(/^example-org-hrnk-camps-kml-/);
    expect(confirmation?.note?.ko).toBeTruthy();
  });

  it('says nothing when the words do not say so (no source is read as confirming a site)', () => {
    expect(confirmationOf("HRNK map folder 'Operational Kyo-hwa-so'.")).toBeUndefined();
    expect(confirmationOf(undefined)).toBeUndefined();
  });
});
