/**
 * The public sources the Onsong reconstruction and its violations rest on (research/onsong.md), as sources.json
 * records, with the exact words each claim cites. Quotes are copied from the pages, never paraphrased.
 */
import type { Source, SourceRef } from '../../../src/domain/types';

export const ONSONG_FACILITY_ID = 'nkpd-pe7q4z9cv8';

const NKPD_MODEL_PAGE = 'https://nkpd.io/en/page/3iflt93xi53/3-d-model';

export const ONSONG_SOURCES: Source[] = [
  {
    id: 'nkpd-onsong-3d-model-page',
    kind: 'report',
    title: 'North Korean Prison Database: 3-D model of Onsong County MPS Detention Centre (page text)',
    url: NKPD_MODEL_PAGE,
    publisher: 'Korea Future',
    visibility: 'public',
  },
  {
    id: 'expressnewstoday-180463',
    kind: 'article',
    title:
      "Unattributed repost with a photo caption describing Korea Future's Onsong model (original publisher unknown)",
    url: 'https://theexpressnewstoday.com/?p=180463',
    publisher: 'theexpressnewstoday.com (repost)',
    visibility: 'public',
  },
  {
    id: 'lemkin-lee-young-joo',
    kind: 'article',
    title: "Beatings and forced abortions: life in a North Korea prison (BBC account of Lee Young-joo, reposted)",
    url: 'https://www.lemkininstitute.com/single-post/beatings-and-forced-abortions-life-in-a-north-korea-prison',
    publisher: 'Lemkin Institute (repost of a BBC report)',
    visibility: 'public',
  },
  {
    id: 'dailynk-jp-58641-coi-summary',
    kind: 'article',
    title: 'Daily NK Japan summary of UN Commission of Inquiry testimony on detention conditions',
    url: 'https://dailynk.jp/archives/58641/20',
    publisher: 'Daily NK Japan',
    visibility: 'public',
  },
];

/** Lee Young-joo's account may describe another Onsong facility; every use of it says so. */
export const LEE_CAVEAT =
  "Rests on Lee Young-joo's account, which may describe a different Onsong facility: Daily NK reports her 2006 " +
  'stay in Onsong as two weeks at a Ministry of State Security holding centre, not this MPS detention centre.';

export const REF = {
  tenCells: {
    sourceId: 'expressnewstoday-180463',
    locator: 'photo caption of the Korea Future model',
    quote: 'shows ten cells lined up next to each other as well as the staff quarters and interrogation rooms',
  },
  corridorPatrol: {
    sourceId: 'lemkin-lee-young-joo',
    quote: 'as he patrolled outside. Backwards and forwards',
  },
  cellBars: {
    sourceId: 'lemkin-lee-young-joo',
    quote: 'The guard would ask me to come to the cell bars and put out my hands',
  },
  toiletAnalogy: {
    sourceId: 'dailynk-jp-58641-coi-summary',
    locator: 'page 20 (testimony about another facility)',
  },
  location: {
    sourceId: 'nkpd-onsong-3d-model-page',
    locator: NKPD_MODEL_PAGE,
    quote: 'situated in the north of Onsong and is bordered by agricultural fields and the Tumen River',
  },
} satisfies Record<string, SourceRef>;
