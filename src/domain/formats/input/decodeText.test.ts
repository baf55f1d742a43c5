import { describe, expect, it } from 'vitest';
import { chunkDecoder, decodeWhole, EncodingError, guessEncoding } from './decodeText';

const EUC_KR_YODOK = new Uint8Array([0xbf, 0xe4, 0xb4, 0xf6]); // "요덕" in EUC-KR

function decodingError(run: () => unknown): EncodingError {
  try {
    run();
  } catch (error) {
    if (error instanceof EncodingError) return error;
  }
  throw new Error('expected an EncodingError');
}

describe('decodeText', () => {
  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeWhole('a.csv', new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('a');
  });

  it('reads UTF-16 after its byte-order mark (a spreadsheet\'s "Unicode text")', () => {
    expect(decodeWhole('a.txt', new Uint8Array([0xff, 0xfe, 0x94, 0xc6, 0x55, 0xb3]))).toBe('요덕');
  });

  it('keeps a character split between two chunks', () => {
    const bytes = new TextEncoder().encode('요덕');
    const decode = chunkDecoder('a.csv');
    expect(decode(bytes.subarray(0, 2)) + decode(bytes.subarray(2)) + decode(null)).toBe('요덕');
  });

  it('refuses text that is not UTF-8, saying UTF-8 was expected and naming the encoding it looks like', () => {
    const error = decodingError(() => decodeWhole('korean.csv', new Uint8Array([0x61, 0x0a, ...EUC_KR_YODOK])));
    expect(error.problem).toMatchObject({ level: 'error', code: 'file.encoding', file: 'korean.csv' });
    expect(error.problem.message).toBe('The file is not UTF-8 text: the bytes near byte 2 cannot be read as UTF-8. It looks like EUC-KR (Korean Windows, CP949).');
    expect(error.problem.hint).toContain('euc-kr');
  });

  it('reads EUC-KR when told to', () => {
    expect(decodeWhole('korean.csv', EUC_KR_YODOK, 'euc-kr')).toBe('요덕');
  });

  it('guesses Windows-1252 for Western text', () => {
    expect(guessEncoding(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))?.label).toBe('windows-1252');
  });
});
