/**
 * Korean names, each as a source gives it. A name is never transliterated or made up here: a facility gets a Korean
 * name only where a source read for this project writes it, cited with the source's words (`quote`) and the value
 * (`fields: {"name.ko": …}`). The register capture has no Korean names; these are the English Wikipedia articles'
 * names for the camps (read in stored copies; the supplement's name_ko values, which cite no source, agree).
 */
import type { Facility, Source, SourceRef } from '../types';
import { supplementSourceId } from './supplementSources';

export interface KoreanName {
  ko: string;
  url: string;
  /** Title for a source the supplement does not already cite. */
  title: string;
  quote: string;
}

const WIKIPEDIA = 'https://en.wikipedia.org/wiki/';

/** By facility id (after merging). */
export const KOREAN_NAMES: Readonly<Record<string, KoreanName>> = {
  'kwalliso-14-kaechon': {
    ko: '개천 제14호 관리소',
    url: `${WIKIPEDIA}Kaechon_internment_camp`,
    title: 'Kaechon internment camp – Wikipedia',
    quote: "Kaechon internment camp (Hangeul: 개천 제14호 관리소, also spelled Kae'chŏn or Gaecheon)",
  },
  'nkpd-pfbkfpqvule': {
    ko: '요덕 제15호 관리소',
    url: `${WIKIPEDIA}Yodok_concentration_camp`,
    title: 'Yodok concentration camp – Wikipedia',
    quote: "Kwan-li-so (penal labour colony) No. 15 Yodok (... Chosŏn'gŭl: 요덕 제15호 관리소)",
  },
  'kwalliso-16-hwasong': {
    ko: '화성 제16호 관리소',
    url: 'https://en.wikipedia.org/wiki/Hwasong_concentration_camp?oldid=752937374',
    title: 'Hwasong concentration camp – Wikipedia (revision of 4 Dec 2016)',
    quote: "Hwasong concentration camp (Chosŏn'gŭl: 화성 제16호 관리소, also spelled Hwasŏng or Hwaseong)",
  },
  'nkpd-6fkuzklwrwm': {
    ko: '북창 제18호 관리소',
    url: 'https://wiki.outremer.quest/content/wikipedia_en_all_maxi_2023-10/A/Pukchang_concentration_camp',
    title: 'Pukchang concentration camp – Wikipedia (copy of October 2023)',
    quote: "Pukch'ang concentration camp (Hangeul: 북창 제18호 관리소, also spelled Bukchang)",
  },
  'kwalliso-22-hoeryong': {
    ko: '회령 제22호 관리소',
    url: 'https://en.wikipedia.org/?oldid=701047675&title=Hoeryong_concentration_camp',
    title: 'Hoeryong concentration camp – Wikipedia (revision of 22 Jan 2016)',
    quote: "Hoeryong concentration camp Chosŏn'gŭl 회령 제22호 관리소",
  },
  'kwalliso-25-chongjin': {
    ko: '청진 제25호 관리소',
    url: 'https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Chongjin_concentration_camp',
    title: 'Chongjin concentration camp – Wikipedia (copy of August 2020)',
    quote: "Chongjin concentration camp (Chosŏn'gŭl: 청진 제25호 관리소, also spelled Ch'ŏngjin)",
  },
  'nkpd-iz28m1du339': {
    ko: '전거리 제12호 교화소',
    url: `${WIKIPEDIA}Chongori_concentration_camp`,
    title: 'Chongori concentration camp – Wikipedia',
    quote: "Chongori concentration camp Chosŏn'gŭl 전거리 제12호 교화소",
  },
  'nkpd-8ymipwvteqs': {
    ko: '개천 제1호교화소',
    url: `${WIKIPEDIA}Kaechon_prison_camp`,
    title: 'Kaechon prison camp – Wikipedia',
    quote: "Kyo-hwa-so (Reeducation camp) No. 1 Kaechon (Chosŏn'gŭl: 개천 제1호교화소; also spelled Kaech'ŏn or Gaecheon)",
  },
};

/** A Source for each name's page that `known` (the supplement's sources by URL) does not already hold. */
export function koreanNameSources(known: ReadonlyMap<string, Source>): Source[] {
  const added = new Map<string, Source>();
  for (const { url, title } of Object.values(KOREAN_NAMES)) {
    if (known.has(url) || added.has(url)) continue;
    added.set(url, { id: supplementSourceId(url), kind: 'article', title, url, publisher: 'Wikipedia', visibility: 'public' });
  }
  return [...added.values()];
}

/** The facility with its Korean name and the citation for it, when the table has one. */
export function withKoreanName(facility: Facility): Facility {
  const name = KOREAN_NAMES[facility.id];
  if (!name) return facility;
  const ref: SourceRef = { sourceId: supplementSourceId(name.url), quote: name.quote, fields: { 'name.ko': name.ko } };
  return { ...facility, name: { ...facility.name, ko: name.ko }, sources: [...facility.sources, ref] };
}
