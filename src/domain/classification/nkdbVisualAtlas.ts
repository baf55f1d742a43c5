/**
 * NKDB's Visual Atlas classification (Database Center for North Korean Human Rights, https://www.visualatlas.org/en):
 * each incident's rights violated, perpetrator type and decade, as NKDB's romanised Korean codes ("slugs").
 *
 * Our category, where a code means the same thing (every other code maps to nothing, and an incident with no
 * mapped code is "other"):
 *   arbitrary_detention  bulbeobgugeum (unlawful detention)
 *   torture              gomun-mic-poghaeng (torture and assault: NKDB names the two together; the heading is mapped whole)
 *   sexual_violence      seongjeogpoghaeng (sexual assault) and every code under it (rape, molestation, harassment …)
 *   starvation           sigryanggweon (right to food), jeogjeolhan-eumsiggweonyi-cimhae (right to adequate food violated)
 *   forced_labour        gangje-nodong (forced labour), gangjenodongeuro-inhan-cimhae (violation through forced labour)
 *   death                executions, killings and deaths under "Right to Life", and asa-6 (death by starvation)
 * Not mapped: "Right to Life" itself, disappearance, detention places (political prison camp, kyohwaso …), beatings
 * and threats apart from the torture heading, forced abortion, trafficking, repatriation: none means the same as
 * one of our categories. An incident gets one category, the first of CATEGORY_PRIORITY its codes map to (the
 * gravest); NKDB's own codes stay on the record, so nothing is lost by the choice.
 */
import type { ViolationCategory } from '../enums';
import type { DateRange } from '../types';
import { decadeRange } from '../dates';
import { NKDB_RIGHTS } from './nkdbVisualAtlasRights';
import type { ClassificationScheme } from './schemes';
import { ourReading as ours, publisherLabelled as nkdb, type VocabularyEntry } from './vocabularyEntry';

export const NKDB_SCHEME_ID = 'nkdb-visualatlas';

const GOVERNMENT = 'jeongbugigwan';
const INDIVIDUAL = 'gaein';

export const NKDB_PERPETRATORS: readonly VocabularyEntry[] = [
  nkdb(GOVERNMENT, 'Government Agency', '정부기관'),
  nkdb(INDIVIDUAL, 'Individual', '개인'),
  nkdb('gita', 'Other', '기타'),
  ours('gyohwaso-suyongso-jigweon', 'Staff of a prison or camp', '교화소 수용소 직원', { heading: GOVERNMENT }),
  ours('guggabowibu-gyeongcal', 'State Security or police', '국가보위부 경찰', { heading: GOVERNMENT }),
  ours('gundae', 'Military', '군대', { heading: GOVERNMENT }),
  ours('gongmuweon', 'Public official', '공무원', { heading: GOVERNMENT }),
  ours('dangjojigweon', 'Party organisation member', '당조직원', { heading: GOVERNMENT }),
  ours('jeongbubuweon-bimilgongjagweon', 'Government agent or secret agent', '정부부원 비밀공작원', { heading: GOVERNMENT }),
  ours('misang', 'Unknown (government agency)', '미상', { heading: GOVERNMENT }),
  ours('gita-1', 'Other (government agency)', '기타', { heading: GOVERNMENT }),
  ours('misang-1', 'Unknown (individual)', '미상', { heading: INDIVIDUAL }),
  ours('gita-2', 'Other (individual)', '기타', { heading: INDIVIDUAL }),
];

const UNKNOWN_DECADE = 'misang';
const BEFORE_THE_1950S = '1950nyeondae-ijeon';

export const NKDB_DECADES: readonly VocabularyEntry[] = [
  nkdb(BEFORE_THE_1950S, 'Before the 1950s', '1950년대 이전'),
  ...[1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020].map((year) => nkdb(`${year}nyeondae`, `The ${year}s`, `${year}년대`)),
  nkdb(UNKNOWN_DECADE, 'More Verification Required', '미상'),
];

export { NKDB_RIGHTS };

export const NKDB_VOCABULARY = { rights: NKDB_RIGHTS, perpetrator: NKDB_PERPETRATORS, decade: NKDB_DECADES } as const;
export type NkdbFacet = keyof typeof NKDB_VOCABULARY;

export const NKDB_SCHEME: ClassificationScheme = {
  id: NKDB_SCHEME_ID,
  facets: Object.fromEntries(Object.entries(NKDB_VOCABULARY).map(([facet, entries]) => [facet, entries.map((entry) => entry.code)])),
};

const entriesByFacet = new Map(
  Object.entries(NKDB_VOCABULARY).map(([facet, entries]) => [facet, new Map(entries.map((entry) => [entry.code, entry]))]),
);

/** The vocabulary entry of a code, or undefined when the scheme does not know it. */
export function nkdbEntry(facet: NkdbFacet, code: string): VocabularyEntry | undefined {
  return entriesByFacet.get(facet)?.get(code);
}

/** Gravest first: an incident whose codes map to several categories gets the first of them. */
export const CATEGORY_PRIORITY: readonly ViolationCategory[] = [
  'death',
  'sexual_violence',
  'torture',
  'starvation',
  'forced_labour',
  'arbitrary_detention',
];

/** Our category for an incident's rights codes: the gravest one a code means, or "other". */
export function categoryOfRights(codes: readonly string[]): ViolationCategory {
  const mapped = new Set(codes.map((code) => nkdbEntry('rights', code)?.category));
  return CATEGORY_PRIORITY.find((category) => mapped.has(category)) ?? 'other';
}

/**
 * The date an incident's decade codes give: one decade → that decade (1990nyeondae → 1990–1999); "before the
 * 1950s" → up to 1949; none, "more verification required", several or an unknown code → an unknown date.
 */
export function dateOfDecades(codes: readonly string[]): DateRange {
  if (codes.length !== 1) return { precision: 'unknown' };
  const [code = ''] = codes;
  if (code === BEFORE_THE_1950S) return { to: '1949', precision: 'year' };
  const decade = /^(\d{3}0)nyeondae$/.exec(code);
  return decade ? decadeRange(Number(decade[1])) : { precision: 'unknown' };
}
