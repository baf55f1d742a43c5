import type { IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { databaseRunner } from './databaseRunner';
import { StorageError } from './storageError';

describe('databaseRunner', () => {
  it('opens once for every action, and opens again after a failure, which it throws as a StorageError', async () => {
    const database = { name: 'SYNTHETIC' } as unknown as IDBPDatabase;
    let opened = 0;
    const run = databaseRunner(async () => {
      opened += 1;
      if (opened === 1) throw new DOMException('SYNTHETIC quota', 'QuotaExceededError');
      return database;
    });
    await expect(run(async () => 'never')).rejects.toMatchObject({ name: 'StorageError', kind: 'quota' });
    expect(await run(async (db) => db.name)).toBe('SYNTHETIC');
    expect(await run(async (db) => db.name)).toBe('SYNTHETIC');
    expect(opened).toBe(2);
    await expect(run(async () => Promise.reject(new Error('SYNTHETIC')))).rejects.toBeInstanceOf(StorageError);
    expect(await run(async (db) => db.name)).toBe('SYNTHETIC');
    expect(opened).toBe(3);
  });
});
