/** The glTF writer on a hand-made SYNTHETIC scene: written to .glb bytes and read back as any viewer would. */
import { type Document, getBounds, type Node, NodeIO } from '@gltf-transform/core';
import { describe, expect, it } from 'vitest';
import { syntheticScene } from '../../tests/fixtures/sceneFixture';
import { ILLUSTRATIVE_OPACITY } from './gltfMaterials';
import { MODEL_GENERATOR, sceneToGltf } from './sceneToGltf';

const CENTIMETRE = 2; // toBeCloseTo's digits: |difference| < 0.005 m

async function roundTrip(): Promise<Document> {
  const io = new NodeIO();
  return io.readBinary(await io.writeBinary(sceneToGltf(syntheticScene())));
}

function node(document: Document, name: string): Node {
  const found = document.getRoot().listNodes().find((candidate) => candidate.getName() === name);
  if (!found) throw new Error(`no node named ${name}`);
  return found;
}

function floorBounds(document: Document, roomId: string): { min: number[]; max: number[] } {
  const position = node(document, roomId).getMesh()?.listPrimitives()[0]?.getAttribute('POSITION');
  if (!position) throw new Error(`${roomId} has no floor`);
  return { min: position.getMin([]), max: position.getMax([]) };
}

function expectClose(actual: number[], expected: number[]) {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((value, index) => expect(actual[index]).toBeCloseTo(value, CENTIMETRE));
}

describe('sceneToGltf', () => {
  it('names the root node after the facility and makes it the only node of the default scene', async () => {
    const document = await roundTrip();
    const scene = document.getRoot().getDefaultScene();
    expect(scene?.listChildren().map((child) => child.getName())).toEqual(['SYNTHETIC-facility']);
    expect(node(document, 'SYNTHETIC-facility').getExtras()).toMatchObject({ kind: 'facility', origin: [129.5, 42.0] });
  });

  it('names one node exactly by each plan feature id', async () => {
    const names = (await roundTrip()).getRoot().listNodes().map((candidate) => candidate.getName());
    const scene = syntheticScene();
    const ids = [scene.site, scene.buildings, scene.rooms, scene.openings, scene.fixtures, scene.walls].flat().map((element) => element.id);
    for (const id of ids) expect(names.filter((name) => name === id)).toHaveLength(1);
  });

  it('hangs walls, openings and fixtures under their room node', async () => {
    const document = await roundTrip();
    const children = node(document, 'SYNTHETIC-cell').listChildren().map((child) => child.getName());
    expect(children).toEqual([0, 1, 2, 3].map((edge) => `SYNTHETIC-cell:wall:${edge}:0`).concat('SYNTHETIC-door', 'SYNTHETIC-toilet'));
  });

  it('carries kind, confidence, use, level, names and basis in node extras', async () => {
    const document = await roundTrip();
    expect(node(document, 'SYNTHETIC-cell').getExtras()).toMatchObject({
      kind: 'room',
      confidence: 'corroborated',
      use: 'cell',
      level: 0,
      name_en: 'SYNTHETIC cell',
      name_ko: '합성 감방',
    });
    expect(node(document, 'SYNTHETIC-corridor').getExtras()).toMatchObject({ confidence: 'illustrative', basis: 'SYNTHETIC: drawn from the diagram alone' });
    expect(node(document, 'SYNTHETIC-cell:wall:0:0').getExtras()).toEqual({ kind: 'wall', wallKind: 'bars', confidence: 'corroborated', roomId: 'SYNTHETIC-cell' });
  });

  it('leaves source references out of the model', async () => {
    const extras = (await roundTrip()).getRoot().listNodes().map((candidate) => candidate.getExtras());
    expect(JSON.stringify(extras)).not.toContain('SYNTHETIC-source');
  });

  it("draws a room's floor at its size in metres, Y up and north along -Z", async () => {
    const document = await roundTrip();
    const cell = floorBounds(document, 'SYNTHETIC-cell');
    expectClose(cell.min, [0, 0, -3]);
    expectClose(cell.max, [4, 0, 0]);
    const office = floorBounds(document, 'SYNTHETIC-office');
    expectClose(office.min, [0, 3, -8]);
    expectClose(office.max, [4, 3, -3]);
  });

  it('triangulates a concave floor into upward-facing triangles covering exactly its area', async () => {
    const primitive = node(await roundTrip(), 'SYNTHETIC-corridor').getMesh()?.listPrimitives()[0];
    const position = primitive?.getAttribute('POSITION');
    const indices = primitive?.getIndices()?.getArray();
    if (!position || !indices) throw new Error('corridor floor is missing');
    const at = (index: number) => position.getElement(index, []);
    let area = 0;
    for (let first = 0; first < indices.length; first += 3) {
      const [a, b, c] = [at(indices[first] ?? 0), at(indices[first + 1] ?? 0), at(indices[first + 2] ?? 0)];
      // The Y component of (b − a) × (c − a): positive when the triangle faces up.
      const upward = ((b[2] ?? 0) - (a[2] ?? 0)) * ((c[0] ?? 0) - (a[0] ?? 0)) - ((b[0] ?? 0) - (a[0] ?? 0)) * ((c[2] ?? 0) - (a[2] ?? 0));
      expect(upward).toBeGreaterThan(0);
      area += upward / 2;
    }
    expect(area).toBeCloseTo(39, CENTIMETRE);
  });

  it('stands each wall piece along its room edge, with its height and thickness', async () => {
    const document = await roundTrip();
    const south = getBounds(node(document, 'SYNTHETIC-cell:wall:0:0'));
    expectClose(south.min, [0, 0, -0.1]);
    expectClose(south.max, [4, 2.6, 0.1]);
    const east = getBounds(node(document, 'SYNTHETIC-cell:wall:1:0'));
    expectClose(east.min, [3.9, 0, -3]);
    expectClose(east.max, [4.1, 2.6, 0]);
  });

  it('makes illustrative elements translucent and sourced ones opaque', async () => {
    const document = await roundTrip();
    const floorMaterial = (roomId: string) => node(document, roomId).getMesh()?.listPrimitives()[0]?.getMaterial();
    const illustrative = floorMaterial('SYNTHETIC-corridor');
    expect(illustrative?.getAlphaMode()).toBe('BLEND');
    expect(illustrative?.getAlpha()).toBeCloseTo(ILLUSTRATIVE_OPACITY);
    expect(floorMaterial('SYNTHETIC-cell')?.getAlphaMode()).toBe('OPAQUE');
    const wallMaterial = node(document, 'SYNTHETIC-corridor:wall:0:0').getMesh()?.listPrimitives()[0]?.getMaterial();
    expect(wallMaterial?.getAlphaMode()).toBe('BLEND');
  });

  it('gives each confidence and each wall kind its own material, shared by the elements that use it', async () => {
    const names = (await roundTrip()).getRoot().listMaterials().map((material) => material.getName()).sort();
    expect(names).toEqual([
      'confidence:corroborated',
      'confidence:illustrative',
      'confidence:single_source',
      'wall:bars',
      'wall:wall',
      'wall:wall:illustrative',
      'wall:window',
    ]);
  });

  it('names itself as the generator, so a rebuild knows it may overwrite the file', async () => {
    const io = new NodeIO();
    const { json } = await io.binaryToJSON(await io.writeBinary(sceneToGltf(syntheticScene())));
    expect(json.asset.generator).toMatch(new RegExp(`^${MODEL_GENERATOR} `));
  });
});
