/**
 * Our review of the penal and security places NKDB records that the register lacks (match-candidates rows with no
 * facility): which are not added, and whose point SOURCE.md shows to be wrong or keeps although another place
 * shares it. Every other such place in North Korea becomes a facility sourced by NKDB.
 */

/** Places not added as facilities, with why; their incidents are left out as unmatched. */
export const NOT_ADDED: Readonly<Record<string, string>> = {
  'hamgyeongbugdo-gyeongweongun-saebyeolgun-nodongdanryeondae-cujeong-1':
    'a second NKDB entry named like the Kyongwon County labour training unit, which is matched to the register; its point lies 24.8 km from the register’s, so it may be another place, and a facility of the same name would duplicate the register’s',
};

/** Points known to be another place's: the facility is kept on its province, without the point. */
export const POINT_NOT_USED: Readonly<Record<string, string>> = {
  'hamgyeongbugdo-jongseonggun-jongseong-13ho-gwanriso':
    'NKDB pins Jongsong PPC No. 13 in Onsong town, beside Onsong County’s security offices, not in Jongsong County: a placeholder, not the camp',
};

/** Points shared with another place that are kept here, because the other place carries the copy. */
export const POINT_KEPT: Readonly<Record<string, string>> = {
  'hamgyeongnamdo-deogseonggun-deogseong-17ho-gwanriso':
    'NKDB gives Toksong PPC No. 23 (labelled unconfirmed) the same point, within 1 m; the point is kept for No. 17, whose label NKDB does not mark unconfirmed, and not used for No. 23',
};

/** Another NKDB place this close makes a point a placeholder (NKDB reuses one point for a county's unplaced sites). */
export const SHARED_POINT_M = 100;
