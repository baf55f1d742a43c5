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
