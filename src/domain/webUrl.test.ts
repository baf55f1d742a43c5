import { describe, expect, it } from 'vitest';
import { isWebUrl } from './webUrl';

describe('isWebUrl', () => {
  it.each(['https://nkpd.io/en/entity/SYNTHETIC', 'http://example.org', 'HTTPS://EXAMPLE.ORG/x'])('accepts %s', (text) => {
    expect(isWebUrl(text)).toBe(true);
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'mailto:a@example.org', '/relative/path', 'page 12', '', undefined])(
    'refuses %s',
    (text) => {
      expect(isWebUrl(text)).toBe(false);
    },
  );
});
