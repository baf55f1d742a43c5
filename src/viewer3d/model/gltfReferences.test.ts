import { Document, NodeIO } from '@gltf-transform/core';
import { describe, expect, it } from 'vitest';
import { externalReferences } from './gltfReferences';

const bytes = (json: unknown) => new TextEncoder().encode(JSON.stringify(json)).buffer;
const EMBEDDED = 'data:application/octet-stream;base64,AAAA';

describe('externalReferences', () => {
  it('names the buffers and images a .gltf keeps in files beside it', () => {
    const gltf = { asset: { version: '2.0' }, buffers: [{ uri: 'SYNTHETIC.bin', byteLength: 4 }, { uri: EMBEDDED, byteLength: 3 }], images: [{ uri: 'SYNTHETIC.png' }] };
    expect(externalReferences(bytes(gltf))).toEqual(['SYNTHETIC.bin', 'SYNTHETIC.png']);
  });

  it('finds none in a .gltf with its data embedded', () => {
    expect(externalReferences(bytes({ asset: { version: '2.0' }, buffers: [{ uri: EMBEDDED, byteLength: 3 }] }))).toEqual([]);
  });

  it('finds none in a binary .glb, whose buffer is inside it', async () => {
    const document = new Document();
    document.createBuffer();
    const glb = await new NodeIO().writeBinary(document);
    expect(externalReferences(glb.slice().buffer)).toEqual([]);
  });

  it('leaves bytes that are not glTF to the loader to report', () => {
    expect(externalReferences(new TextEncoder().encode('SYNTHETIC: not a glTF file').buffer)).toEqual([]);
    expect(externalReferences(bytes(null))).toEqual([]);
  });
});
