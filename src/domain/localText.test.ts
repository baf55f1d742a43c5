import { describe, expect, it } from 'vitest';
import { localText } from './localText';

describe('localText', () => {
  it('gives the Korean text to a Korean page, the English otherwise', () => {
    expect(localText({ en: 'Cell', ko: '감방' }, 'ko')).toBe('감방');
    expect(localText({ en: 'Cell', ko: '감방' }, 'en')).toBe('Cell');
  });

  it('falls back to the English when the Korean is missing or empty', () => {
    expect(localText({ en: 'Cell' }, 'ko')).toBe('Cell');
    expect(localText({ en: 'Cell', ko: '' }, 'ko')).toBe('Cell');
  });
});
