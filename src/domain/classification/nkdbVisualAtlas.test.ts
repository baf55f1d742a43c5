import { describe, expect, it } from 'vitest';
import { summaries } from '../../../tests/fixtures/problemQueries';
import type { Problem } from '../problems';
import { createReporter } from '../validation/reporter';
import { checkClassification } from './checkClassification';
import { categoryOfRights, dateOfDecades, NKDB_SCHEME_ID, NKDB_VOCABULARY, nkdbEntry } from './nkdbVisualAtlas';
import { KNOWN_SCHEMES } from './schemes';

describe("NKDB's Visual Atlas vocabulary", () => {
  it('is registered, with its three facets', () => {
    const scheme = KNOWN_SCHEMES.find((known) => known.id === NKDB_SCHEME_ID);
    expect(Object.keys(scheme?.facets ?? {})).toEqual(['rights', 'perpetrator', 'decade']);
    expect(scheme?.facets.rights).toHaveLength(110);
    expect(scheme?.facets.perpetrator).toHaveLength(13);
    expect(scheme?.facets.decade).toHaveLength(10);
  });

  it.each(Object.entries(NKDB_VOCABULARY))('lists each %s code once, with an English and a Korean label', (_facet, entries) => {
    expect(new Set(entries.map((entry) => entry.code)).size).toBe(entries.length);
    for (const entry of entries) {
      expect(entry.en.trim(), entry.code).toBe(entry.en);
      expect(entry.en.length, entry.code).toBeGreaterThan(2);
      expect(entry.ko, entry.code).toMatch(/[가-힣]/);
    }
  });

  it("puts every code under a heading NKDB itself labels, and says whose words each label is", () => {
    for (const [facet, entries] of Object.entries(NKDB_VOCABULARY)) {
      for (const entry of entries) {
        if (entry.heading === undefined) {
          expect(entry.labelBy, `${facet} ${entry.code}`).toBe('nkdb');
          continue;
        }
        expect(entry.labelBy, `${facet} ${entry.code}`).toBe('our-reading');
        expect(nkdbEntry(facet as 'rights', entry.heading)?.labelBy, `${facet} ${entry.code}`).toBe('nkdb');
      }
    }
  });

  it('leaves the Hangul out where the romanisation is not certain', () => {
    expect(nkdbEntry('rights', 'kal-mangci-byeogdol-deung-nalkaroun-dongguro-gonggyeog')?.hangul).toBeUndefined();
    expect(nkdbEntry('rights', 'bulbeobgugeum')?.hangul).toBe('불법구금');
  });
});

describe('our category for NKDB rights codes', () => {
  it('maps a code only where the meaning is the same', () => {
    expect(categoryOfRights(['gaeinyi-joneomseong-mic-jayugweon', 'bulbeobgugeum', 'jeongcibeomsuyongso'])).toBe('arbitrary_detention');
    expect(categoryOfRights(['saengmyeonggweon', 'sabeobjeog-jibhaeng', 'gonggae-ceohyeong'])).toBe('death');
    expect(categoryOfRights(['gaeinyi-joneomseong-mic-jayugweon', 'seongjeogpoghaeng', 'ganggan'])).toBe('sexual_violence');
    expect(categoryOfRights(['piyijawa-gugeumjayi-gweonri', 'gangje-nodong'])).toBe('forced_labour');
    expect(categoryOfRights(['piyijawa-gugeumjayi-gweonri', 'jeogjeolhan-eumsiggweonyi-cimhae'])).toBe('starvation');
  });

  it('gives "other" to codes with no same-meaning category, and to an incident with no codes', () => {
    expect(categoryOfRights(['iju-mic-jugeogweon', 'gangjesonghwan'])).toBe('other');
    expect(categoryOfRights(['jaesaengsangweon', 'gangjenagtae'])).toBe('other');
    expect(categoryOfRights(['gaeinyi-joneomseong-mic-jayugweon', 'siljong'])).toBe('other');
    expect(categoryOfRights([])).toBe('other');
  });

  it('takes the gravest category when codes map to several', () => {
    expect(categoryOfRights(['bulbeobgugeum', 'gomun-mic-poghaeng'])).toBe('torture');
    expect(categoryOfRights(['saengjongweon', 'sigryanggweon', 'asa-6'])).toBe('death');
  });
});

describe('the date of an NKDB decade', () => {
  it('is the decade as a range', () => {
    expect(dateOfDecades(['1990nyeondae'])).toEqual({ from: '1990', to: '1999', precision: 'decade' });
    expect(dateOfDecades(['2010nyeondae'])).toEqual({ from: '2010', to: '2019', precision: 'decade' });
  });

  it('is unknown for "more verification required", no decade, several decades or a code it does not know', () => {
    for (const codes of [['misang'], [], ['1990nyeondae', '2000nyeondae'], ['SYNTHETIC-decade']]) {
      expect(dateOfDecades(codes)).toEqual({ precision: 'unknown' });
    }
  });

  it('runs up to 1949 for "before the 1950s"', () => {
    expect(dateOfDecades(['1950nyeondae-ijeon'])).toEqual({ to: '1949', precision: 'year' });
  });
});

describe('the vocabulary check on NKDB codes', () => {
  const check = (codes: Record<string, string[]>) => {
    const problems: Problem[] = [];
    const checked = checkClassification('SYNTHETIC-violation', { scheme: NKDB_SCHEME_ID, codes }, createReporter('violations.geojson', problems));
    return { checked, problems };
  };

  it('accepts codes as NKDB writes them', () => {
    const codes = { rights: ['saengmyeonggweon', 'congsal-1'], perpetrator: ['gaein', 'misang-1'], decade: ['misang'] };
    expect(check(codes)).toEqual({ checked: { scheme: NKDB_SCHEME_ID, codes }, problems: [] });
  });

  it('rejects a misspelt code and a facet the scheme lacks', () => {
    const { checked, problems } = check({ rights: ['saengmyeonggwon'], decade: ['1990nyeondae'], place: ['x'] });
    expect(checked.codes).toEqual({ rights: [], decade: ['1990nyeondae'] });
    expect(summaries(problems)).toEqual(['error classification.code SYNTHETIC-violation', 'error classification.facet SYNTHETIC-violation']);
  });
});
