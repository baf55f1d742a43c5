/**
 * The violations a public source ties to Onsong County MPS Detention Centre: Ms. Kim's detention from January
 * 2019, as told on the NKPD 3-D model page. The page names no room, so every record is facility_only with no point.
 * Lee Young-joo's account is left out: its link to this facility is uncertain (see LEE_CAVEAT).
 */
import type { Feature } from 'geojson';
import type { ViolationCategory } from '../../../src/domain/enums';
import { ONSONG_FACILITY_ID } from './onsongSources';

const PAGE = 'https://nkpd.io/en/page/3iflt93xi53/3-d-model';

interface Account {
  category: ViolationCategory;
  en: string;
  ko: string;
  quote: string;
}

const ACCOUNTS: Account[] = [
  {
    category: 'arbitrary_detention',
    en: 'Ms. Kim was arrested in January 2019 for using a phone to speak with a person outside North Korea, and detained here.',
    ko: '김 씨는 2019년 1월 북한 밖에 있는 사람과 전화 통화를 했다는 이유로 체포되어 이곳에 구금되었다.',
    quote: 'In January 2019, Ms. Kim was unlawfully arrested for using a phone to speak with a person living outside of North Korea.',
  },
  {
    category: 'torture',
    en: 'Ms. Kim was tortured for more than 12 hours a day for six months; any slight noise or movement was punished with beatings.',
    ko: '김 씨는 6개월 동안 하루 12시간 넘게 고문을 당했으며, 작은 소리나 움직임에도 구타를 당했다.',
    quote: 'tortured for more than 12 hours each day for 6 months. Any slight noise or movement resulted in beatings.',
  },
  {
    category: 'starvation',
    en: 'Ms. Kim was kept malnourished during her detention.',
    ko: '김 씨는 구금 기간 내내 영양실조 상태에 놓여 있었다.',
    quote: 'During her detention, she was kept malnourished',
  },
  {
    category: 'inhumane_conditions',
    en: 'Ms. Kim was given no clothes and wore what she had been arrested in until it became rags.',
    ko: '김 씨는 옷을 지급받지 못해 체포될 때 입었던 옷이 누더기가 될 때까지 입었다.',
    quote: 'was given no clothes, so she wore what she had been arrested in until they became rags',
  },
];

export function onsongViolationFeatures(): Feature<null>[] {
  return ACCOUNTS.map((account) => ({
    type: 'Feature',
    geometry: null,
    properties: {
      id: `onsong-kim-2019-${account.category.replaceAll('_', '-')}`,
      facilityId: ONSONG_FACILITY_ID,
      category: account.category,
      date: { from: '2019-01' },
      summary: { en: account.en, ko: account.ko },
      placement: 'facility_only',
      visibility: 'public',
      sources: [{ sourceId: 'nkpd-onsong-3d-model-page', locator: PAGE, quote: account.quote }],
    },
  }));
}
