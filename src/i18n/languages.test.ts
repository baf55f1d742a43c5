import { describe, expect, it } from 'vitest';
import { browserLanguage, pickLanguage } from './languages';

describe('the language a page opens in', () => {
  it('takes the link’s language first', () => {
    expect(pickLanguage({ url: 'ko', stored: 'en', browser: ['en-GB'] })).toBe('ko');
  });

  it('takes the stored choice when the link names no language, or one the UI does not have', () => {
    expect(pickLanguage({ url: null, stored: 'ko', browser: ['en-US'] })).toBe('ko');
    expect(pickLanguage({ url: 'fr', stored: 'ko', browser: ['en-US'] })).toBe('ko');
  });

  it('takes the browser’s first language the UI has, region tags included', () => {
    expect(pickLanguage({ url: null, stored: null, browser: ['fr-FR', 'ko-KR', 'en'] })).toBe('ko');
    expect(browserLanguage(['KO'])).toBe('ko');
  });

  it('falls back to English', () => {
    expect(pickLanguage({ url: null, stored: 'de', browser: ['ja-JP'] })).toBe('en');
    expect(browserLanguage([])).toBeNull();
  });
});
