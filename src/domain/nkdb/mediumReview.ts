/**
 * Our review of every medium-confidence row of match-candidates.tsv: used, with the basis we accept, or rejected,
 * with why. A medium row missing from this table is not used (reported as unreviewed), so a newer candidates file
 * cannot slip an unchecked match in. High rows are used as proposed; low rows never.
 */

export type Review = { use: true; basis: string } | { use: false; reason: string };

const use = (basis: string): Review => ({ use: true, basis });
const reject = (reason: string): Review => ({ use: false, reason });

const BY_COUNTY_UNIT = 'one such unit per county or city; the register entry is that unit (it has no point to compare)';

export const MEDIUM_REVIEW: Readonly<Record<string, Review>> = {
  'hamgyeongnamdo-danceonsi-danceon-77ho-gyohwaso-ibgu-pyeswae': use('same name and number (Tanchon Kyohwaso No. 77); NKDB marks the entrance of the closed prison, 70 km from our point, which is not used'),
  'hwanghaebugdo-sariweonsi-sariweon-7ho-gyohwaso-gijun': reject('the numbers conflict (NKDB No. 7, ours No. 6): same town and points 200 m apart, but which camp NKDB means cannot be told'),
  'hamgyeongbugdo-ceongjinsi-songpyeongguyeog-do-jibgyeolso': use('the provincial holding centre (jipkyulso, an MPS unit) in Songpyong District, where Nongpo lies; type, level and district agree'),
  'pyeonganbugdo-sinyijusi-do-jibgyeolso-cujeong': use('the provincial holding centre in Sinuiju: NKDB’s code says North Pyongan (pyeonganbugdo), its label’s "North Hamgyong" is a slip'),
  'hamgyeongbugdo-hoeryeongsi-jibgyeolso-cujeong': use('the only holding centre of Hoeryong in the register'),
  'jagangdo-manposi-jibgyeolso-cujeong': use('holding centres are provincial units; Chagang’s stands in Manpo, 1.2 km from NKDB’s unconfirmed point'),
  'yanggangdo-hyesansi-jibgyeolso': use('holding centre in Hyesan, 40 m from the provincial MPS holding centre'),
  'hamgyeongbugdo-onseonggun-nodongdanryeondae': use(`Onsong County labour training unit: ${BY_COUNTY_UNIT}`),
  'hamgyeongbugdo-onseonggun-onseong-nodongdanryeondae': use('second NKDB entry (same point) of the Onsong labour training unit'),
  'hamgyeongbugdo-hoeryeongsi-nodongdanryeondae': use(`Hoeryong City labour training unit: ${BY_COUNTY_UNIT}`),
  'hamgyeongbugdo-ceongjinsi-ceongamguyeog-nodongdanryeondae-cujeong': use(`Chongam District labour training unit: ${BY_COUNTY_UNIT}`),
  'hamgyeongbugdo-ceongjinsi-ranamguyeog-nodongdanryeondae-cujeong': use(`Ranam District labour training unit: ${BY_COUNTY_UNIT}`),
  'hamgyeongbugdo-gyeongweongun-saebyeolgun-nodongdanryeondae-cujeong': use('Kyongwon County labour training unit, one per county; NKDB’s point is unconfirmed (5.2 km apart)'),
  'hamgyeongbugdo-gimcaegsi-nodongdanryeondae-cujeong': use(`Kimchaek City labour training unit: ${BY_COUNTY_UNIT}`),
  'hamgyeongbugdo-ceongjinsi-pohangguyeog-nodongdanryeondae-cujeong': use(`Pohang District labour training unit: ${BY_COUNTY_UNIT}`),
  'hamgyeongnamdo-hongweongun-nodongdanryeondae-cujeong': use(`Hongwon County labour training unit: ${BY_COUNTY_UNIT}`),
  'pyeonganbugdo-sinyijusi-nodongdanryeondae-cujeong': use('Sinuiju City labour training unit, one per city; NKDB’s point is unconfirmed (3.6 km apart)'),
  'yanggangdo-samjiyeonsi-nodongdanryeondae': use(`Samjiyon labour training unit (Samjiyon County became a city): ${BY_COUNTY_UNIT}`),
  'hamgyeongbugdo-giljugun-nodongdanryeondae-cujeong-1': use('Kilju County labour training unit, one per county; NKDB’s point is unconfirmed (2.6 km apart)'),
  'hamgyeongbugdo-gyeongheunggun-eundeoggun-nodongdanryeondae-cujeong': use(`Kyonghung (Undok) County labour training unit: ${BY_COUNTY_UNIT}`),
  'hamgyeongbugdo-gyeongseonggun-nodongdanryeondae': use(`Kyongsong County labour training unit: ${BY_COUNTY_UNIT}`),
  'hamgyeongbugdo-ceongjinsi-do-bowibu-1': use('North Hamgyong Provincial MSS by name; the register’s point for it lies in Hyesan and is not used'),
  'hamgyeongbugdo-ceongjinsi-do-bowibu': use('duplicate NKDB entry (same point) of the North Hamgyong Provincial MSS'),
  'yanggangdo-baegamgun-boanseo-cujeong': use('Paegam (Paekam) County MPS by name; NKDB’s point is unconfirmed (1.7 km apart)'),
  'hamgyeongbugdo-gyeongweongun-saebyeolgun-gun-boanseo': use('Kyongwon (Saebyol) County MPS by name; the register’s detention centre has no point'),
  'yanggangdo-samjiyeonsi-potaedong-bowibu': use('Potae MSS of Samjiyon by name (Potae-dong, Potae-ri); the register office has no point'),
  'hamgyeongbugdo-hoeryeongsi-si-bowibu': use('Hoeryong City MSS by name; NKDB’s point is a copy of Hyesan City MSS’s and is not used'),
  'jagangdo-manposi-si-bowibu-cujeong': use('Manpo City MSS by name; the register’s detention centre has no point'),
  'yanggangdo-daehongdangun-gun-boanseo': use('Taehongdan County MPS by name; the register’s detention centre has no point'),
  'yanggangdo-daehongdangun-gun-boanseo-1': use('duplicate NKDB entry (same point) of Taehongdan County MPS'),
  'yanggangdo-gimhyeongjiggun-gun-bowibu': use('Kimhyongjik (Huchang) County MSS by name; its waiting room is the register’s only entity of that MSS'),
  'pyeongannamdo-gaeceonsi-bowibu-cujeong': use('Kaechon City MSS by name; the register’s detention centre has no point'),
  'yanggangdo-boceongun-gun-boanseo': use('Pochon County MPS by name; the register’s point for it lies near Musan and is not used'),
  'hamgyeongbugdo-ceongjinsi-sinamguyeog-boanseo-cujeong': use('Sinam District (Chongjin) MPS by name; NKDB’s point is unconfirmed (2.1 km apart)'),
  'hamgyeongbugdo-ceongjinsi-songpyeongguyeog-bunjuso': reject('NKDB names "a police station" (a sub-district station) of Songpyong District, not the district MPS; 4 m apart, but which station is not said'),
  'hamgyeongbugdo-hoeryeongsi-osanbunjuso': use('Osan police station of Hoeryong by name: the register’s Osan-dong MPS sub-municipal station'),
  'yanggangdo-samjiyeonsi-si-bowibu': use('Samjiyon MSS by name; the register’s detention centre has no point'),
  'hamgyeongbugdo-gyeongseonggun-gun-boanseo': use('Kyongsong County MPS by name; the register’s detention centre has no point'),
  'hamgyeongbugdo-hoeryeongsi-obong-bunjuso': use('Obong police station of Hoeryong by name: the register’s Obong-ri MPS sub-municipal station'),
  'hamgyeongbugdo-myeongceongun-boanseo-cujeong': use('Myongchon County MPS by name; NKDB’s point is unconfirmed (4.2 km apart)'),
  'hamgyeongbugdo-onseonggun-jongseongboanseo': use('Chongsong (Jongsong) police station in Onsong County by name: the register’s Chongsong-gu MPS sub-municipal station'),
  'hamgyeongnamdo-hongweongun-boanseo-cujeong': use('Hongwon County MPS by name; the register’s detention centre has no point'),
  'jagangdo-ganggyesi-do-bowibu': use('Chagang Provincial MSS (Kanggye) by name: its detention centre, as for the other provincial MSS'),
  'yanggangdo-gabsangun-bowibu-cujeong': use('Kapsan County MSS by name, its only register entity; NKDB’s point is unconfirmed (898 m apart)'),
  'yanggangdo-hyesansi-songbongbunjuso': use('Songbong police station of Hyesan: the register writes the neighbourhood Sonbong-dong, and its Sonbong-dong MSS office lies 0.8 km from NKDB’s point'),
  'hamgyeongbugdo-hoeryeongsi-nongcongeonseoldae': use('Hoeryong City Rural Construction Unit by name; the register entry has no point'),
};
