/**
 * The one source every imported NKDB record cites: NKDB's data, as a third party captured it. Its record says who
 * published the data (NKDB), who captured it (not NKDB, not us), when, how, and where the copy is kept.
 */
import type { Source, SourceCapture } from '../types';

export const NKDB_SOURCE_ID = 'nkdb-visualatlas';

/** The capture this import was written for (the shared copy's SOURCE.md); another capture must be described first. */
export interface VisualAtlasCapture {
  capture: Omit<SourceCapture, 'at'>;
  /** SHA-256 (hex) of incidents.json and of locations.json. */
  sha256: { incidents: string; locations: string };
}

export const VISUAL_ATLAS_CAPTURE: VisualAtlasCapture = {
  capture: {
    by: 'Ahmet-Dedeler',
    method:
      "Headless Chrome on visualatlas.org calling the site's own endpoints (POST /en/api/posts/pool for incidents, " +
      'GET /en/<view>/__data.json for places), keeping only structured fields: free-text narratives were not captured ' +
      '(scripts/scrape/visualatlas.ts in the repository)',
    repository: 'https://github.com/Ahmet-Dedeler/free-north-korea',
    commit: 'b094dd6babb26424f8a4f8b3b99bbc7f1f30de09',
    path: 'data/raw/visualatlas/incidents.json',
  },
  sha256: {
    incidents: 'a1a5632fd64d04dfe8b0557d8aadf0e62fd07f6ee94e9950d77fdf658462f8c2',
    locations: '2e28d192ebbfd16047d2f3953cd870703124e3e6e1e4c0ebee67b279d2c435d7',
  },
};

/** The source record; `scrapedAt` is the capture's own timestamp. */
export function nkdbSource(scrapedAt: string, known: VisualAtlasCapture = VISUAL_ATLAS_CAPTURE): Source {
  return {
    id: NKDB_SOURCE_ID,
    kind: 'database',
    title: "NKDB Visual Atlas: incidents and places (NKDB's data, third-party capture)",
    url: 'https://www.visualatlas.org/en',
    publisher: 'Database Center for North Korean Human Rights (NKDB)',
    visibility: 'public',
    capture: { ...known.capture, at: scrapedAt },
    sha256: known.sha256.incidents,
    note: {
      en:
        "NKDB's incident data: each incident's case number, rights violated, perpetrator type and decade, at a named place. " +
        `A third party captured it (not NKDB, not this project); places are in locations.json beside incidents.json (SHA-256 ${known.sha256.locations}). ` +
        'Imported: incidents at penal and security places of North Korea, as violations of the facility matched to the place. ' +
        'Not imported: incidents at houses, markets, fields, schools and other places, places abroad, and incidents with no place.',
      ko:
        'NKDB의 사건 자료: 사건마다 사례 번호, 침해된 권리, 가해자 유형, 연대, 발생 장소. ' +
        `NKDB나 이 프로젝트가 아닌 제3자가 수집했다. 장소는 incidents.json 옆의 locations.json에 있다 (SHA-256 ${known.sha256.locations}). ` +
        '가져온 것: 북한의 구금·보안 시설에서 일어난 사건을, 그 장소와 대응하는 시설의 침해 기록으로. ' +
        '가져오지 않은 것: 주택, 시장, 들판, 학교 등 다른 장소와 해외 장소의 사건, 장소가 없는 사건.',
    },
  };
}
