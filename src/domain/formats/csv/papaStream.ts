/**
 * Feeds papaparse text in chunks, so a file of any size is parsed with bounded memory: papaparse keeps the
 * partial last line of each chunk (quoted newlines included) and hands back complete rows. Its documented stream
 * input is a Node readable; this adapter gives it that small interface (on/removeListener/pause/resume) over
 * any async sequence of text, so the same code runs in Node, a page and a Web Worker.
 */
import Papa from 'papaparse';

export interface ParsedChunk {
  rows: string[][];
  /** papaparse's complaints about this chunk's rows: `row` is an index into `rows`. */
  errors: { row?: number; message: string }[];
}

type Listener = (value?: unknown) => void;

/**
 * Parses `texts` with `delimiter`, calling `onChunk` with each chunk's rows in order; `onChunk` returns false to
 * stop early. Resolves when the text is used up or parsing stopped; rejects with what `texts` threw.
 */
export function parseTextStream(texts: AsyncIterable<string>, delimiter: string, onChunk: (chunk: ParsedChunk) => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const listeners = new Map<string, Listener>();
    let stopped = false;
    let failure: unknown = null;
    let resumed: (() => void) | null = null;
    let paused = false;
    const input = {
      readable: true,
      read: () => null,
      on: (event: string, listener: Listener) => listeners.set(event, listener),
      removeListener: (event: string) => listeners.delete(event),
      pause: () => {
        paused = true;
      },
      resume: () => {
        paused = false;
        resumed?.();
      },
    };
    Papa.parse(input as unknown as File, {
      delimiter,
      header: false,
      skipEmptyLines: false,
      chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
        const errors = results.errors.map((error) => ({ ...(error.row === undefined ? {} : { row: error.row }), message: error.message }));
        if (!onChunk({ rows: results.data, errors })) {
          stopped = true;
          parser.abort();
        }
      },
      complete: () => (failure === null ? resolve() : reject(failure)),
      error: (error: Error) => reject(error),
    });
    void pump();

    async function pump(): Promise<void> {
      try {
        for await (const text of texts) {
          if (stopped) break;
          while (paused) await new Promise<void>((wake) => (resumed = wake));
          if (text !== '') listeners.get('data')?.(text);
          // A macrotask between chunks: a worker stays responsive to "cancel", a page to input.
          await new Promise((wake) => setTimeout(wake, 0));
        }
        if (!stopped) listeners.get('end')?.();
      } catch (error) {
        failure = error;
        stopped = true;
        reject(error);
      }
    }
  });
}
