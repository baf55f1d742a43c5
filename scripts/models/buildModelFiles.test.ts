/** build:models end to end: dataset folders written by each test (and the real Onsong plan) → .glb files read back. */
import { Document, NodeIO } from '@gltf-transform/core';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { RawFile } from '../../src/domain/loadDataset';
import { FACILITY_ID, planFeatures, planFile, replaceFile, room, validDatasetFiles } from '../../tests/fixtures/datasetFactory';
import { buildModels, formatOutcome } from './buildModelFiles';
import { readModelRooms } from './readModelRooms';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PLAN = `plans/${FACILITY_ID}.geojson`;

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function temporaryFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'models-SYNTHETIC-'));
  folders.push(folder);
  return folder;
}

function datasetFolder(files: readonly RawFile[] = validDatasetFiles()): string {
  const folder = temporaryFolder();
  for (const file of files) {
    mkdirSync(dirname(join(folder, file.path)), { recursive: true });
    writeFileSync(join(folder, file.path), file.text);
  }
  return folder;
}

describe('buildModels', () => {
  it("writes <facility-id>.glb whose room nodes are the plan's rooms", async () => {
    const output = join(temporaryFolder(), 'models');
    const [outcome, ...others] = await buildModels(datasetFolder(), output);
    expect(others).toEqual([]);
    const path = join(output, `${FACILITY_ID}.glb`);
    expect(outcome).toMatchObject({ planFile: PLAN, written: { path, rooms: 2 } });
    const rooms = await readModelRooms(readFileSync(path));
    expect(rooms.map((modelRoom) => modelRoom.name)).toEqual(['SYNTHETIC-room-a', 'SYNTHETIC-room-b']);
  });

  it('says what it wrote in one line', async () => {
    const [outcome] = await buildModels(datasetFolder(), temporaryFolder());
    if (!outcome) throw new Error('no outcome');
    expect(formatOutcome(outcome)).toMatch(/\/SYNTHETIC-facility\.glb: 2 rooms, \d+ nodes, \d+ bytes$/);
  });

  it('skips a plan with errors, naming the first, and writes nothing for it', async () => {
    const broken = planFile([...planFeatures(), room({ id: 'SYNTHETIC-room-c', use: 'dungeon' })]);
    const output = temporaryFolder();
    const [outcome] = await buildModels(datasetFolder(replaceFile(validDatasetFiles(), PLAN, broken)), output);
    if (!outcome) throw new Error('no outcome');
    expect(formatOutcome(outcome)).toMatch(/^skipped plans\/SYNTHETIC-facility\.geojson: 1 error, the first: SYNTHETIC-room-c: /);
    expect(existsSync(join(output, `${FACILITY_ID}.glb`))).toBe(false);
  });

  it('overwrites a model it wrote before, but never a hand-made one', async () => {
    const data = datasetFolder();
    const output = temporaryFolder();
    await buildModels(data, output);
    expect(await buildModels(data, output)).toMatchObject([{ written: {} }]);

    const handMade = await new NodeIO().writeBinary(new Document());
    writeFileSync(join(output, `${FACILITY_ID}.glb`), handMade);
    expect(await buildModels(data, output)).toMatchObject([{ skipped: expect.stringContaining('hand-made') }]);
    expect(readFileSync(join(output, `${FACILITY_ID}.glb`))).toEqual(Buffer.from(handMade));
  });

  it('writes no .glb beside a hand-made .gltf of the same facility', async () => {
    const output = temporaryFolder();
    writeFileSync(join(output, `${FACILITY_ID}.gltf`), JSON.stringify({ asset: { version: '2.0', generator: 'SYNTHETIC hand-made' } }));
    expect(await buildModels(datasetFolder(), output)).toMatchObject([{ skipped: expect.stringContaining('hand-made') }]);
    expect(existsSync(join(output, `${FACILITY_ID}.glb`))).toBe(false);
  });

  const onsong = join(ROOT, 'data/geojson/plans/nkpd-pe7q4z9cv8.geojson');
  it.skipIf(!existsSync(onsong))('builds the Onsong plan from data/geojson with a node for every room', async () => {
    const roomIds: string[] = JSON.parse(readFileSync(onsong, 'utf8'))
      .features.filter((feature: { properties: { kind: string } }) => feature.properties.kind === 'room')
      .map((feature: { properties: { id: string } }) => feature.properties.id);
    const outcomes = await buildModels(join(ROOT, 'data/geojson'), temporaryFolder());
    const outcome = outcomes.find((candidate) => candidate.planFile === 'plans/nkpd-pe7q4z9cv8.geojson');
    if (!outcome || !('written' in outcome)) throw new Error(outcome ? formatOutcome(outcome) : 'no outcome for Onsong');
    const rooms = await readModelRooms(readFileSync(outcome.written.path));
    expect(roomIds.length).toBeGreaterThan(0);
    expect(rooms.map((modelRoom) => modelRoom.name).sort()).toEqual([...roomIds].sort());
  });
});

describe('build:models script', () => {
  const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
  const run = (args: readonly string[]) =>
    spawnSync(process.execPath, ['--import', TSX, join(ROOT, 'scripts/buildModels.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

  it('exits 1 with one line and no stack trace when it cannot write', () => {
    const blocked = join(temporaryFolder(), 'a-file');
    writeFileSync(blocked, '');
    const { status, stdout, stderr } = run([datasetFolder(), blocked]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^build:models: [^\n]+\n$/);
  });

  it('exits 1 when the dataset folder does not exist', () => {
    const { status, stderr } = run(['SYNTHETIC-no-such-folder']);
    expect(status).toBe(1);
    expect(stderr).toBe('build:models: no dataset folder at SYNTHETIC-no-such-folder\n');
  });
});
