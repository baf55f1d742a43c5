import { describe, expect, it } from 'vitest';
import { blobSource } from './blobSource';

describe('blobSource', () => {
  it("reads a File's bytes through its stream, again on every pass", async () => {
    const source = blobSource('SYNTHETIC.csv', new Blob(['id,name\n', 'SYNTHETIC,요덕\n']));
    const read = async () => {
      const parts: Uint8Array[] = [];
      for await (const chunk of source.chunks()) parts.push(chunk);
      return new TextDecoder().decode(Buffer.concat(parts));
    };
    expect(await read()).toBe('id,name\nSYNTHETIC,요덕\n');
    expect(await read()).toBe('id,name\nSYNTHETIC,요덕\n');
    expect(source.size).toBe(new TextEncoder().encode('id,name\nSYNTHETIC,요덕\n').byteLength);
  });
});
