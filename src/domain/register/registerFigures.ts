/**
 * The counts Korea Future itself published for its register, with their sources, so the count a reader sees can be
 * set beside them: the register grows, and the capture holds more entities than either figure.
 */
import type { PublishedFigure, Source } from '../types';

export const LAUNCH_SOURCE_ID = 'korea-future-nkpd-launch-2022';
export const UPR_SOURCE_ID = 'korea-future-upr-submission-2024';

export const FIGURE_SOURCES: readonly Source[] = [
  {
    id: LAUNCH_SOURCE_ID,
    kind: 'article',
    title: 'Korea Future: Launching the North Korean Prison Database',
    url: 'https://koreafuture.org/news/launching-the-north-korean-prison-database',
    publisher: 'Korea Future',
    date: '2022-03',
    visibility: 'public',
  },
  {
    id: UPR_SOURCE_ID,
    kind: 'report',
    title: "Korea Future's submission to the UN Universal Periodic Review of the DPRK (47th session), drawing on the North Korean Prison Database",
    url: 'https://koreafuture.org/news/korea-future-submits-to-un-universal-periodic-review',
    publisher: 'Korea Future',
    date: '2024',
    visibility: 'public',
    note: {
      en:
        "The figure of 206 penal facilities in 2024 comes from the project's reference notes; the copy of Korea " +
        "Future's announcement read for this project does not show it. Re-check it in the submission itself.",
      ko:
        '2024년 206곳이라는 수치는 이 프로젝트의 참고 자료에서 온 것이며, 이 프로젝트가 읽은 Korea Future 발표문 사본에는 ' +
        '나오지 않습니다. 제출 문서에서 다시 확인해야 합니다.',
    },
  },
];

export const PUBLISHED_FIGURES: readonly PublishedFigure[] = [
  {
    count: 148,
    date: '2022-03',
    what: {
      en: 'penal facilities Korea Future had identified when it launched the database',
      ko: 'Korea Future가 데이터베이스를 공개할 때 확인한 구금 시설 수',
    },
    sourceId: LAUNCH_SOURCE_ID,
    quote:
      'To date, we have identified 597 perpetrators linked to 5,181 human rights violations committed against 784 ' +
      'detainees in 148 penal facilities.',
  },
  {
    count: 206,
    date: '2024',
    what: {
      en: "penal facilities in Korea Future's submission to the UN Universal Periodic Review",
      ko: 'Korea Future가 유엔 국가별 정례인권검토(UPR)에 제출한 문서의 구금 시설 수',
    },
    sourceId: UPR_SOURCE_ID,
  },
];
