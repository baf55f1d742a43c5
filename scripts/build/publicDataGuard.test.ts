import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answeredSession } from '../../tests/fixtures/interviewSessions';
import { exportSessions } from '../../src/domain/interview/sessionExport';
import { restrictedFileMarks, restrictedIds, restrictedInFolder, restrictedReferences } from './publicDataGuard';

/** A temporary data folder holding `files` (path → JSON value or raw text). */
function folderWith(files: Record<string, unknown>): string {
  const folder = mkdtempSync(join(tmpdir(), 'guard-'));
  mkdirSync(join(folder, 'plans'));
  for (const [path, content] of Object.entries(files)) writeFileSync(join(folder, path), typeof content === 'string' ? content : JSON.stringify(content));
  return folder;
}

const room = (id: string, sourceId: string) => ({ type: 'Feature', geometry: null, properties: { id, kind: 'room', sources: [{ sourceId }] } });

describe('public data guard', () => {
  it('finds restricted sources and features, and nothing in public ones', () => {
    const sources = { sources: [{ id: 'SYNTHETIC-public', visibility: 'public' }, { id: 'SYNTHETIC-witness', visibility: 'restricted' }] };
    const violations = { features: [{ properties: { id: 'SYNTHETIC-v1', visibility: 'restricted' } }, { properties: { id: 'SYNTHETIC-v2', visibility: 'public' } }] };
    expect(restrictedIds(sources)).toEqual(['SYNTHETIC-witness']);
    expect(restrictedIds(violations)).toEqual(['SYNTHETIC-v1']);
    expect(restrictedIds('not json')).toEqual([]);
  });

  it('reports restricted records by file across plans, and skips unreadable files', () => {
    const folder = folderWith({ 'sources.json': { sources: [{ id: 'SYNTHETIC-s', visibility: 'restricted' }] }, 'plans/x.geojson': '{ truncated' });
    expect(restrictedInFolder(folder)).toEqual(['sources.json: SYNTHETIC-s']);
  });

  it('stops an interview export dropped into the data folder, under any name', async () => {
    const { json } = await exportSessions([answeredSession({}, [['yes', 'SYNTHETIC']])], { appVersion: '0', exportedAt: 'T' });
    const found = restrictedInFolder(folderWith({ 'plans/notes.geojson': json }));
    expect(found).toEqual([
      'plans/notes.geojson: an interview export (format "facility-atlas-interviews")',
      'plans/notes.geojson: the file is marked restricted (restricted: true)',
      'plans/notes.geojson: interview session SYNTHETIC-session (interview SYNTHETIC-INT-1)',
    ]);
  });

  it('stops any file marked restricted at top level or carrying interview records, whatever its format', () => {
    expect(restrictedFileMarks({ restricted: true, type: 'FeatureCollection', features: [] })).toEqual(['the file is marked restricted (restricted: true)']);
    expect(restrictedFileMarks({ sessions: [{ id: 'SYNTHETIC-s', interviewId: 'SYNTHETIC-INT-9', answers: [] }] })).toEqual(['interview session SYNTHETIC-s (interview SYNTHETIC-INT-9)']);
    expect(restrictedFileMarks({ restricted: { sources: ['SYNTHETIC-witness'], violations: [] } })).toEqual(['the file lists restricted records (SYNTHETIC-witness)']);
    // A public bundle's manifest lists nothing restricted; a file-level list of sources is not a session.
    expect(restrictedFileMarks({ restricted: { sources: [], violations: [], diagrams: [] }, sessions: [], sources: ['SYNTHETIC attribution'] })).toEqual([]);
  });

  it('stops a record citing an interview source or a source another file marks restricted', () => {
    const plan = { type: 'FeatureCollection', features: [room('SYNTHETIC-cell', 'interview-SYNTHETIC-INT-1'), room('SYNTHETIC-yard', 'SYNTHETIC-witness'), room('SYNTHETIC-office', 'SYNTHETIC-public')] };
    expect(restrictedReferences(plan, new Set(['SYNTHETIC-witness']))).toEqual(['SYNTHETIC-cell cites restricted source interview-SYNTHETIC-INT-1', 'SYNTHETIC-yard cites restricted source SYNTHETIC-witness']);
    const folder = folderWith({
      'sources.json': { sources: [{ id: 'SYNTHETIC-witness', visibility: 'restricted' }, { id: 'interview-SYNTHETIC-INT-2', visibility: 'public' }] },
      'plans/p.geojson': plan,
    });
    expect(restrictedInFolder(folder)).toEqual([
      'plans/p.geojson: SYNTHETIC-cell cites restricted source interview-SYNTHETIC-INT-1',
      'plans/p.geojson: SYNTHETIC-yard cites restricted source SYNTHETIC-witness',
      'sources.json: SYNTHETIC-witness',
      'sources.json: interview-SYNTHETIC-INT-2 is an interview source',
    ]);
  });

  it('finds nothing restricted in the shipped data', () => {
    expect(restrictedInFolder(resolve(__dirname, '../../data/geojson'))).toEqual([]);
  });
});
