/** Reading room nodes back from .glb bytes: generated models (extras) and hand-made ones (names only). */
import { Document, NodeIO } from '@gltf-transform/core';
import { describe, expect, it } from 'vitest';
import { syntheticScene } from '../../tests/fixtures/sceneFixture';
import { readModelRooms } from './readModelRooms';
import { sceneToGltf } from './sceneToGltf';

/** A model as someone might make it in Blender: node names only, no extras. */
function handMadeModel(names: readonly string[]): Document {
  const document = new Document();
  const root = document.createNode('SYNTHETIC-facility');
  for (const name of names) root.addChild(document.createNode(name));
  document.getRoot().setDefaultScene(document.createScene().addChild(root));
  return document;
}

describe('readModelRooms', () => {
  it('lists every room of a generated model with its extras, and nothing else', async () => {
    const glb = await new NodeIO().writeBinary(sceneToGltf(syntheticScene()));
    const rooms = await readModelRooms(glb);
    expect(rooms.map((room) => room.name)).toEqual(['SYNTHETIC-cell', 'SYNTHETIC-corridor', 'SYNTHETIC-office']);
    expect(rooms[0]?.extras).toMatchObject({ kind: 'room', confidence: 'corroborated', use: 'cell' });
  });

  it("finds a hand-made model's rooms by the plan's room ids", async () => {
    const glb = await new NodeIO().writeBinary(handMadeModel(['SYNTHETIC-cell', 'SYNTHETIC-roof', 'SYNTHETIC-office']));
    const rooms = await readModelRooms(glb, new Set(['SYNTHETIC-cell', 'SYNTHETIC-office', 'SYNTHETIC-corridor']));
    expect(rooms).toEqual([
      { name: 'SYNTHETIC-cell', extras: {} },
      { name: 'SYNTHETIC-office', extras: {} },
    ]);
  });
});
