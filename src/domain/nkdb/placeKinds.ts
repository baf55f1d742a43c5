/**
 * What kind of place a Visual Atlas location is, read from its slug (romanised Korean, province first) and its
 * English label (kind of place first): abroad, a private house, a place NKDB does not identify, or another place.
 */
import { isInNorthKorea } from '../geo/northKoreaBounds';

/** Slug prefixes of places outside North Korea. */
const COUNTRY_BY_PREFIX: Readonly<Record<string, string>> = { junggug: 'China', reosia: 'Russia', kuweiteu: 'Kuwait' };

/** Slug prefixes of North Korea's provinces, as the register names them (Rajin-Sonbong is the register's Rason). */
const PROVINCE_BY_PREFIX: Readonly<Record<string, string>> = {
  'hamgyeongbugdo-rajinseonbongsi': 'Rason',
  hamgyeongbugdo: 'North Hamgyong',
  hamgyeongnamdo: 'South Hamgyong',
  pyeonganbugdo: 'North Pyongan',
  pyeongannamdo: 'South Pyongan',
  hwanghaebugdo: 'North Hwanghae',
  hwanghaenamdo: 'South Hwanghae',
  gangweondo: 'Kangwon',
  jagangdo: 'Chagang',
  yanggangdo: 'Ryanggang',
  pyeongyangsi: 'Pyongyang',
};

/** The country a place lies in when it is not North Korea (by its slug, else by its point), or undefined. */
export function countryAbroad(slug: string, point?: { lat: number; lng: number }): string | undefined {
  const country = COUNTRY_BY_PREFIX[slug.split('-')[0] ?? ''];
  if (country) return country;
  return point && !isInNorthKorea([point.lng, point.lat]) ? 'outside North Korea' : undefined;
}

/** The province the slug names, in the register's spelling, or undefined when it names none. */
export function provinceOfSlug(slug: string): string | undefined {
  const prefix = Object.keys(PROVINCE_BY_PREFIX).find((candidate) => slug === candidate || slug.startsWith(`${candidate}-`));
  return prefix === undefined ? undefined : PROVINCE_BY_PREFIX[prefix];
}

export type OtherPlaceKind = 'private_house' | 'unidentified_place' | 'other_place';

/**
 * A place that is not one of the penal or security places of match-candidates.tsv: a house ("The victim's house",
 * "A chinese's house"), a place NKDB does not identify ("An unknown location"), or another place (a market, a
 * field, a school, a hospital, a workplace, a military unit …).
 */
export function otherPlaceKind(label: string): OtherPlaceKind {
  if (/\bhouse\b/i.test(label)) return 'private_house';
  if (/^(an? )?un(known|kwon|kown) (location|place)\b/i.test(label.trim())) return 'unidentified_place';
  return 'other_place';
}

/** NKDB marks a place whose location it presumes (추정, "cujeong" in the slug) "(Unconfirmed)" in the label. */
export function isUnconfirmed(location: { slug: string; label: string }): boolean {
  return /\(Unconfirmed\)/i.test(location.label) || /(^|-)cujeong(-|$)/.test(location.slug);
}

/** The slug without the "-1", "-2" NKDB appends to a second entry of the same name. */
export function baseSlug(slug: string): string {
  return slug.replace(/-\d+$/, '');
}
