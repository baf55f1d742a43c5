import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readBundle } from './readBundle';

const withManifest = (text: string) => zipSync({ 'manifest.json': strToU8(text), 'sources.json': strToU8('{"schemaVersion": 1, "sources": []}') });

describe('readBundle on something that is not a usable bundle', () => {
  it.each([
    ['a file that is not a zip', strToU8('SYNTHETIC notes'), 'bundle.notZip', 'SYNTHETIC.zip'],
    ['a zip without a manifest', zipSync({ 'sources.json': strToU8('{}') }), 'bundle.manifest.missing', 'SYNTHETIC.zip'],
    ['a manifest that is not JSON', withManifest('{"format": '), 'json.truncated', 'manifest.json'],
    ['a manifest of another format', withManifest('{"format": "SYNTHETIC"}'), 'bundle.manifest.format', 'manifest.json'],
    ['a manifest of a newer version', withManifest('{"format": "facility-atlas-bundle", "formatVersion": 2}'), 'bundle.manifest.version', 'manifest.json'],
    ['a damaged manifest', withManifest('{"format": "facility-atlas-bundle", "formatVersion": 1, "files": 3}'), 'bundle.manifest.invalid', 'manifest.json'],
  ])('imports nothing, without throwing, from %s', async (_case, bytes, code, file) => {
    const read = await readBundle(bytes, 'SYNTHETIC.zip');
    expect(read).toEqual({ manifest: null, works: [], images: new Map(), problems: [expect.objectContaining({ level: 'error', code, file, featureId: '-' })] });
    expect(read.problems[0]?.message).toMatch(/\.$/);
  });

  it('reads a public manifest written before it counted the records citing the withheld-sources placeholder', async () => {
    const manifest = { format: 'facility-atlas-bundle', formatVersion: 1, appVersion: '1', exportedAt: '2026-11-22T10:00:00.000Z', public: true, facilities: [], files: [], restricted: { sources: [], violations: [], diagrams: [] } };
    const stripped = { sources: 1, violations: 0, diagrams: 0, sourceRefs: 1 };
    expect((await readBundle(withManifest(JSON.stringify({ ...manifest, stripped })), 'SYNTHETIC.zip')).manifest?.stripped).toEqual(stripped);
    const damaged = await readBundle(withManifest(JSON.stringify({ ...manifest, stripped: { ...stripped, withheldRecords: 'two' } })), 'SYNTHETIC.zip');
    expect(damaged.problems[0]?.message).toContain('("stripped")');
  });

  it('names what is damaged in a manifest', async () => {
    const text = JSON.stringify({ format: 'facility-atlas-bundle', formatVersion: 1, appVersion: '1', exportedAt: 'x', public: 'no', facilities: [], files: [{ path: 'a', sha256: 'SYNTHETIC', bytes: 1 }], restricted: { sources: [], violations: [], diagrams: [] } });
    const { problems } = await readBundle(withManifest(text), 'SYNTHETIC.zip');
    expect(problems[0]?.message).toBe('manifest.json is damaged ("public", "files"), so the bundle\'s files cannot be checked; nothing was imported.');
  });
});
