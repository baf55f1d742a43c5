/**
 * HRNK's map marks some sites as not yet confirmed ("This location is not yet confirmed", "not been confirmed by HRNK
 * prisoner testimony", its folder "Unconfirmed Probable Camp Locations"). The supplement keeps those words in its
 * status notes; a record whose words say so is unconfirmed, citing the map. No source read says a site is
 * confirmed, so no record is marked confirmed.
 */
import type { Confirmation, Facility, Source } from '../types';
import type { SupplementRecord } from './supplement';

const UNCONFIRMED = /\bnot (?:yet )?(?:been )?confirmed\b|\bunconfirmed\b/i;
const HRNK_MAP_FILE = 'hrnk_camps.kml';

/** The record's unconfirmed status, citing the HRNK map it rests on; undefined when its words do not say so. */
export function supplementConfirmation(record: SupplementRecord, sources: ReadonlyMap<string, Source>): Confirmation | undefined {
  const words = record.statusNote ?? '';
  if (!UNCONFIRMED.test(words)) return undefined;
  const map = record.sources.find((source) => source.url.endsWith(HRNK_MAP_FILE));
  const sourceId = map ? sources.get(map.url)?.id : undefined;
  return {
    status: 'unconfirmed',
    ...(sourceId ? { sourceId } : {}),
    note: {
      en: `Not confirmed as a site: ${words}`,
      ko: 'HRNK 지도는 이 장소가 아직 확인되지 않았다고 적고 있습니다 (원문은 영어 설명 참고).',
    },
  };
}

export function withConfirmation(facility: Facility, confirmation: Confirmation | undefined): Facility {
  return confirmation ? { ...facility, confirmation } : facility;
}
