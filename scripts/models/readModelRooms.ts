/**
 * The room nodes of a model (.glb bytes): what the viewer needs to pin violations to rooms in a model it did
 * not draw. No file system or DOM — WebIO only parses the bytes — so it runs in Node tests and in a browser.
 */
import { WebIO } from '@gltf-transform/core';

export interface ModelRoom {
  name: string;
  extras: Record<string, unknown>;
}

/**
 * Nodes that are rooms, in document order: those our writer marks with extras `kind: "room"`, and — for
 * hand-made models, which carry no extras — those whose name is one of `roomIds` (the plan's room ids).
 */
export async function readModelRooms(glb: Uint8Array, roomIds: ReadonlySet<string> = new Set()): Promise<ModelRoom[]> {
  const document = await new WebIO().readBinary(glb);
  return document
    .getRoot()
    .listNodes()
    .filter((node) => node.getExtras().kind === 'room' || roomIds.has(node.getName()))
    .map((node) => ({ name: node.getName(), extras: { ...node.getExtras() } }));
}
