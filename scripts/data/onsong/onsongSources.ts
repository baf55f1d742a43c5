/**
 * The public sources the Onsong reconstruction and its violations rest on (research/onsong.md), as sources.json
 * records, with the exact words each claim cites. Quotes are copied from the pages, never paraphrased.
 */
import type { LocalizedText, Source, SourceRef } from '../../../src/domain/types';

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
    note: {
      en:
        'Her stay as this account gives it: "She was trying to escape North Korea in 2007 and was caught in China and ' +
        'sent back. She spent three months at the Onsong Detention Centre in North Korea near the Chinese border, ' +
        'waiting to be sentenced." Daily NK gives another version (two weeks in 2006 at an MSS holding centre in ' +
        'Onsong): see its interview with her.',
      ko:
        '이 기사가 전하는 구금: 2007년 탈북하려다 중국에서 붙잡혀 송환되었고, 중국 국경 가까운 "Onsong Detention ' +
        'Centre"에서 판결을 기다리며 석 달을 보냈다고 합니다. Daily NK는 다른 내용(2006년 온성의 국가보위성 집결소에서 ' +
        '2주)을 전합니다. 그 인터뷰를 참고하십시오.',
    },
  },
  {
    id: 'dailynk-lee-young-joo-onsong-2006',
    kind: 'article',
    title: "Daily NK: North Korean defector talks about experience in holding center for forced returnees (interview with Lee Young-joo)",
    url: 'https://www.dailynk.com/english/north-korean-defector-talks-about-experience-holding-center-forced-returnees/',
    publisher: 'Daily NK',
    visibility: 'public',
    note: {
      en:
        'Her stay as this interview gives it: "In September 2006, she was forcibly sent back to North Korea and ' +
        'detained for two weeks at a MSS holding center in Onsong." The BBC account gives three months in 2007 at ' +
        'the Onsong Detention Centre; the two may describe different stays or different facilities.',
      ko:
        '이 인터뷰가 전하는 구금: 2006년 9월 북한으로 강제 송환되어 온성의 국가보위성(MSS) 집결소에 2주 동안 구금되었다고 ' +
        '합니다. BBC 보도는 2007년 "Onsong Detention Centre"에서 석 달이라고 전하며, 두 이야기는 서로 다른 구금이나 다른 ' +
        '시설을 말하는 것일 수 있습니다.',
    },
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

/** Why a reference to Lee Young-joo's account is doubtful as evidence for this facility (SourceRef.doubt). */
export const LEE_DOUBT: LocalizedText = {
  en:
    "Lee Young-joo's account may describe another Onsong facility: the BBC account says three months at the Onsong " +
    'Detention Centre after her capture in 2007; Daily NK says two weeks in 2006 at a Ministry of State Security ' +
    'holding centre in Onsong, not this MPS detention centre.',
  ko:
    '이영주 씨의 증언은 온성의 다른 시설에 관한 것일 수 있습니다. BBC 보도는 2007년 붙잡힌 뒤 "Onsong Detention Centre"에서 ' +
    '석 달이라고 하고, Daily NK는 2006년 온성의 국가보위성 집결소에서 2주라고 전합니다. 이 인민보안성 구류장이 아닐 수 있습니다.',
};

/** The testimony a toilet hole is drawn by is about other facilities. */
const OTHER_FACILITY_DOUBT: LocalizedText = {
  en: 'This testimony describes other North Korean detention facilities, not Onsong.',
  ko: '이 증언은 온성이 아닌 북한의 다른 구금 시설에 관한 것입니다.',
};

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
    doubt: LEE_DOUBT,
  },
  cellBars: {
    sourceId: 'lemkin-lee-young-joo',
    quote: 'The guard would ask me to come to the cell bars and put out my hands',
    doubt: LEE_DOUBT,
  },
  toiletAnalogy: {
    sourceId: 'dailynk-jp-58641-coi-summary',
    locator: 'page 20 (testimony about another facility)',
    doubt: OTHER_FACILITY_DOUBT,
  },
  location: {
    sourceId: 'nkpd-onsong-3d-model-page',
    locator: NKPD_MODEL_PAGE,
    quote: 'situated in the north of Onsong and is bordered by agricultural fields and the Tumen River',
  },
} satisfies Record<string, SourceRef>;
