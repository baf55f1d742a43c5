import { describe, expect, it } from 'vitest';
import { spellingKey } from './spellingKey';

/** Each row: spellings a reader may type, in Hangul, Revised Romanization and McCune–Reischauer, for one place. */
const SPELLINGS: readonly (readonly string[])[] = [
  ['온성', 'Onseong', 'Onsong', 'Onsŏng'],
  ['회령', 'Hoeryeong', 'Hoeryong', 'Hoeryŏng'],
  ['청진', 'Cheongjin', 'Chongjin', "Ch'ŏngjin", 'Chŏngjin'],
  ['개천', 'Gaecheon', 'Kaechon', "Kae'chŏn", "Kaech'ŏn"],
  ['요덕', 'Yodeok', 'Yodok', 'Yodŏk'],
  ['전거리', 'Jeongeori', 'Chongori', "Chŏn'gŏri"],
  ['화성', 'Hwaseong', 'Hwasong', 'Hwasŏng'],
  ['북창', 'Bukchang', 'Pukchang', "Pukch'ang"],
  ['평양', 'Pyeongyang', 'Pyongyang', "P'yŏngyang"],
  ['함흥', 'Hamheung', 'Hamhung', 'Hamhŭng'],
  ['신의주', 'Sinuiju', 'Sinŭiju'],
  ['단천', 'Dancheon', 'Tanchon', "Tanch'ŏn"],
  ['강동', 'Gangdong', 'Kangdong'],
];

describe('spellingKey', () => {
  it.each(SPELLINGS.map((row) => [row[0], row] as const))('folds every spelling of %s to one key', (_, row) => {
    expect(new Set(row.map(spellingKey))).toEqual(new Set([spellingKey(row[0] ?? '')]));
  });

  it('finds a name inside a longer English name once both are folded', () => {
    expect(spellingKey('Onsong County MPS Detention Centre')).toContain(spellingKey('온성'));
    expect(spellingKey('Kwalliso No. 14, Kaechon (Camp 14)')).toContain(spellingKey('Gaecheon'));
  });

  it('ignores hyphens, spaces and aspiration marks', () => {
    expect(spellingKey('Kyo-hwa-so')).toBe(spellingKey('kyohwaso'));
    expect(spellingKey("Ch'ŏngjin")).toBe(spellingKey('Chongjin'));
  });

  it('keeps a half-typed Hangul syllable searchable', () => {
    expect(spellingKey('Onsong')).toContain(spellingKey('온ㅅ'));
  });

  it('leaves digits and unrelated letters apart', () => {
    expect(spellingKey('Camp 14')).not.toBe(spellingKey('Camp 15'));
    expect(spellingKey('Musan')).not.toContain(spellingKey('Onsong'));
  });
});
