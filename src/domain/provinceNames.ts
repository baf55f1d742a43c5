/**
 * Province names differ between the NKPD register and OCHA's COD-AB boundaries (see shared data README).
 * The boundary file's values are kept as published; this table maps a register name to the polygon it lies in.
 */
const REGISTER_TO_BOUNDARY: Readonly<Record<string, string>> = {
  Chagang: 'Jagang',
  // Rason is a special city with no polygon of its own in COD-AB; it lies inside North Hamgyong.
  Rason: 'North Hamgyong',
};

/** The boundary (COD-AB) name a stated province should be checked against. */
export function boundaryNameFor(province: string): string {
  const trimmed = province.trim();
  return REGISTER_TO_BOUNDARY[trimmed] ?? trimmed;
}

/** The register's name for a boundary polygon, used for display and counts ("Jagang" shows as "Chagang"). */
export function registerNameFor(boundaryName: string): string {
  const match = Object.entries(REGISTER_TO_BOUNDARY).find(
    ([registerName, boundary]) => boundary === boundaryName && registerName !== 'Rason',
  );
  return match ? match[0] : boundaryName;
}

/**
 * Korean names of the provinces, by the register's (English) name, for text written in Korean. The DPRK's own
 * forms (량강도, 라선시), as the register describes North Korea.
 */
const KOREAN_NAMES: Readonly<Record<string, string>> = {
  'North Hamgyong': '함경북도',
  'South Hamgyong': '함경남도',
  Ryanggang: '량강도',
  Chagang: '자강도',
  Jagang: '자강도',
  'North Pyongan': '평안북도',
  'South Pyongan': '평안남도',
  'North Hwanghae': '황해북도',
  'South Hwanghae': '황해남도',
  Kangwon: '강원도',
  Pyongyang: '평양시',
  Nampo: '남포시',
  Rason: '라선시',
};

/** The Korean name of a province given by its register or boundary name; the name itself when not known. */
export function koreanProvinceName(province: string): string {
  return KOREAN_NAMES[province.trim()] ?? province;
}
