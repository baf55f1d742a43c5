/** A File (or any Blob) as a ByteSource: read through its stream, in the chunks the browser hands out. */
import type { ByteSource } from '../../domain/formats/formatTypes';

export function blobSource(name: string, blob: Blob): ByteSource {
  return {
    name,
    size: blob.size,
    async *chunks() {
      // A reader loop rather than `for await` over the stream: Safari's streams are not async iterable.
      const reader = blob.stream().getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          yield value;
        }
      } finally {
        reader.releaseLock();
      }
    },
  };
}
