import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restrictedIds, restrictedInFolder } from './publicDataGuard';

describe('public data guard', () => {
  it('finds restricted sources and features, and nothing in public ones', () => {
    const sources = { sources: [{ id: 'SYNTHETIC-public', visibility: 'public' }, { id: 'SYNTHETIC-witness', visibility: 'restricted' }] };
    const violations = { features: [{ properties: { id: 'SYNTHETIC-v1', visibility: 'restricted' } }, { properties: { id: 'SYNTHETIC-v2', visibility: 'public' } }] };
    expect(restrictedIds(sources)).toEqual(['SYNTHETIC-witness']);
    expect(restrictedIds(violations)).toEqual(['SYNTHETIC-v1']);
    expect(restrictedIds('not json')).toEqual([]);
  });

  it('reports restricted records by file across plans, and skips unreadable files', () => {
    const folder = mkdtempSync(join(tmpdir(), 'guard-'));
    mkdirSync(join(folder, 'plans'));
    writeFileSync(join(folder, 'sources.json'), JSON.stringify({ sources: [{ id: 'SYNTHETIC-s', visibility: 'restricted' }] }));
    writeFileSync(join(folder, 'plans', 'x.geojson'), '{ truncated');
    expect(restrictedInFolder(folder)).toEqual(['sources.json: SYNTHETIC-s']);
  });

  it('finds nothing restricted in the shipped data', () => {
    expect(restrictedInFolder(resolve(__dirname, '../../data/geojson'))).toEqual([]);
  });
});
