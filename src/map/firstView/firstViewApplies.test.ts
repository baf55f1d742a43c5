import { describe, expect, it } from 'vitest';
import { firstViewLanguage } from './firstViewApplies';

const page = (pathname: string, search = '', stored: string | null = null, browser: string[] = ['en-GB']) => firstViewLanguage({ pathname, search, stored, browser });

describe('whether the static first view applies', () => {
  it('applies to the map page with no view asked for, in the language the page opens in', () => {
    expect(page('/')).toBe('en');
    expect(page('/', '?lang=ko')).toBe('ko');
    expect(page('/', '', 'ko')).toBe('ko');
    expect(page('/', '', null, ['ko-KR'])).toBe('ko');
  });

  it('does not apply to a link asking for another view or page', () => {
    for (const search of ['?facility=x', '?type=office', '?map=9/41/129', '?imagery=esri', '?lang=ko&q=onsong']) expect(page('/', search)).toBeNull();
    for (const path of ['/about', '/facility/x', '/workbench/x', '/interview']) expect(page(path)).toBeNull();
  });
});
