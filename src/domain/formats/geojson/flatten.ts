/** Nested feature properties → named text cells ("name.en"), which a column mapping can offer one by one. */

/** How deep nested objects are opened before the rest is written as JSON. */
const MAX_DEPTH = 2;

export function flattenProperties(properties: Readonly<Record<string, unknown>>, cells: Record<string, string> = {}, prefix = '', depth = 0): Record<string, string> {
  for (const [key, value] of Object.entries(properties)) {
    const name = prefix === '' ? key : `${prefix}.${key}`;
    if (value === null || value === undefined) continue;
    if (typeof value === 'string') cells[name] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') cells[name] = String(value);
    else if (Array.isArray(value)) cells[name] = value.every((item) => typeof item === 'string' || typeof item === 'number') ? value.join('; ') : JSON.stringify(value);
    else if (typeof value === 'object' && depth < MAX_DEPTH) flattenProperties(value as Record<string, unknown>, cells, name, depth + 1);
    else cells[name] = JSON.stringify(value);
  }
  return cells;
}

/** The columns of a set of rows: every cell name, in the order first met. */
export function headersOf(rows: readonly { cells: Readonly<Record<string, string>> }[]): string[] {
  const headers = new Set<string>();
  for (const row of rows) for (const name of Object.keys(row.cells)) headers.add(name);
  return [...headers];
}
