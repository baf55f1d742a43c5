/**
 * Everything this browser holds for Facility Atlas, read as it is stored — readable or not — for the recovery
 * page's "export my raw work": the way out when the app cannot show the work. The database is opened at whatever
 * version it has (no upgrade runs), every store is read, and each value is written as JSON whatever it holds
 * (bytes as base64), so nothing the browser kept is left behind.
 */
import { openDB } from 'idb';
import { DB_NAME } from './schema';
import { toStorageError } from './storageError';

function base64(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index < bytes.length; index += 0x8000) text += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(text);
}

/** A stored value as JSON: bytes as {base64}, and anything JSON cannot say (a cycle, a function) as a note, never a throw. */
export function rawJson(value: unknown): string {
  const replacer = (_key: string, item: unknown) => {
    if (item instanceof ArrayBuffer) return { base64: base64(new Uint8Array(item)) };
    if (ArrayBuffer.isView(item)) return { base64: base64(new Uint8Array(item.buffer, item.byteOffset, item.byteLength)) };
    if (item instanceof Date) return item.toISOString();
    if (item instanceof Map) return { map: [...item.entries()] };
    if (typeof item === 'bigint') return item.toString();
    return item;
  };
  try {
    return JSON.stringify(value, replacer, 1);
  } catch (error) {
    return JSON.stringify({ unreadable: String(error) });
  }
}

export interface RawDump {
  database: string;
  version: number;
  exportedAt: string;
  stores: Record<string, { key: unknown; value: unknown }[]>;
}

export async function readEverything(exportedAt: string): Promise<RawDump> {
  try {
    const db = await openDB(DB_NAME);
    const stores: RawDump['stores'] = {};
    for (const name of db.objectStoreNames) {
      const transaction = db.transaction(name, 'readonly');
      const [keys, values] = await Promise.all([transaction.store.getAllKeys(), transaction.store.getAll()]);
      stores[name] = keys.map((key, index) => ({ key, value: values[index] }));
    }
    const dump = { database: DB_NAME, version: db.version, exportedAt, stores };
    db.close();
    return dump;
  } catch (error) {
    throw toStorageError(error);
  }
}
