import { describe, expect, it } from 'vitest';
import { makeFacility } from '../../../tests/fixtures/facilityFactory';
import { KOREAN_NAMES, koreanNameSources, withKoreanName } from './koreanNames';
import { supplementSourceId } from './supplementSources';

describe('Korean names', () => {
  it("quotes, for every name, the source's words that contain it", () => {
    for (const [id, name] of Object.entries(KOREAN_NAMES)) expect(name.quote, id).toContain(name.ko);
  });

  it('gives a listed facility its Korean name and cites it as a field with the words it rests on', () => {
    const named = withKoreanName(makeFacility({ id: 'kwalliso-16-hwasong', name: { en: 'SYNTHETIC name' } }));
    expect(named.name).toEqual({ en: 'SYNTHETIC name', ko: '화성 제16호 관리소' });
    expect(named.sources.at(-1)).toEqual({
      sourceId: supplementSourceId(KOREAN_NAMES['kwalliso-16-hwasong']!.url),
      quote: KOREAN_NAMES['kwalliso-16-hwasong']!.quote,
      fields: { 'name.ko': '화성 제16호 관리소' },
    });
  });

  it('never gives a name the table does not hold (no transliteration)', () => {
    const facility = makeFacility({ id: 'SYNTHETIC-unnamed', name: { en: 'Onsong County MPS Detention Centre' } });
    expect(withKoreanName(facility)).toBe(facility);
  });

  it('adds a source only for pages the supplement does not already cite', () => {
    const known = new Map([[KOREAN_NAMES['kwalliso-16-hwasong']!.url, { id: 'SYNTHETIC-known', kind: 'article' as const, title: 'SYNTHETIC', visibility: 'public' as const }]]);
    const added = koreanNameSources(known);
    expect(added.map((source) => source.url)).not.toContain(KOREAN_NAMES['kwalliso-16-hwasong']!.url);
    expect(added.length).toBe(new Set(Object.values(KOREAN_NAMES).map((name) => name.url)).size - 1);
  });
});
