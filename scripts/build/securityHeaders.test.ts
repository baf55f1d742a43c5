import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_IMAGERY, waybackLayer } from '../../src/map/imagery/imageryLayers';
import { WAYBACK_RELEASES_URL } from '../../src/map/imagery/imageryProvider';
import { directiveSources, policyAllowsFetch } from '../../src/privacy/pagePolicy';
import { hostConfigs } from './hostConfigs';
import { INTERVIEW_PATH } from '../../src/app/pagePaths';
import { contentSecurityPolicy, extraImageryOrigins, securityHeaders } from './securityHeaders';

const PAGE = 'https://atlas.example.org/';
const tile = (template: string) => template.replace('{z}', '5').replace('{x}', '27').replace('{y}', '12');

describe('the Content-Security-Policy', () => {
  const app = contentSecurityPolicy('app');
  const interview = contentSecurityPolicy('interview');

  it('lets the map fetch the tiles of every layer it offers, a Wayback release, the release list and a loopback tile server', () => {
    const allowed = [...BUILT_IN_IMAGERY, waybackLayer(99001, '2099-01-15')].map((layer) => tile(layer.tiles[0] ?? ''));
    allowed.push(WAYBACK_RELEASES_URL, 'http://127.0.0.1:8123/5/27/12.png', 'http://localhost:9000/tiles/5/27/12.png', `${PAGE}assets/facilities.geojson`);
    expect(allowed.filter((url) => !policyAllowsFetch(app, url, PAGE))).toEqual([]);
  });

  it('refuses any other host on the map page, other folders of the same S3 host, and other schemes', () => {
    const refused = [
      'https://example.org/exfiltrate',
      'https://s3-us-west-2.amazonaws.com/another-bucket/file.json',
      'http://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/5/12/27',
      'https://evil.server.arcgisonline.com.example.org/x',
      'http://192.168.1.10:8080/5/27/12.png',
    ];
    expect(refused.filter((url) => policyAllowsFetch(app, url, PAGE))).toEqual([]);
  });

  it('lets interview mode fetch its own origin only: no imagery host, not even loopback', () => {
    expect(policyAllowsFetch(interview, `${PAGE}assets/plan.geojson`, PAGE)).toBe(true);
    const refused = [tile(BUILT_IN_IMAGERY[0]?.tiles[0] ?? ''), WAYBACK_RELEASES_URL, 'http://127.0.0.1:8123/5/27/12.png'];
    expect(refused.filter((url) => policyAllowsFetch(interview, url, PAGE))).toEqual([]);
    expect(interview).not.toMatch(/https?:\/\//);
  });

  it('has no unsafe keyword, a bare wildcard or a bare scheme, and frames no page only in the header', () => {
    for (const policy of [app, interview]) expect(policy).not.toMatch(/unsafe-|(^|\s)(\*|https?:)(\s|;|$)/);
    expect(directiveSources(app, 'frame-ancestors')).toBeNull();
    expect(directiveSources(contentSecurityPolicy('app', { header: true }), 'frame-ancestors')).toEqual(["'none'"]);
  });

  it('adds the imagery origins an operator lists at build time, and refuses what is not an http(s) origin', () => {
    const extra = extraImageryOrigins(' https://tiles.example.org/path/{z}, http://10.0.0.2:8080 ');
    expect(extra).toEqual(['https://tiles.example.org', 'http://10.0.0.2:8080']);
    const policy = contentSecurityPolicy('app', { extraOrigins: extra });
    expect(policyAllowsFetch(policy, 'https://tiles.example.org/5/27/12.png', PAGE)).toBe(true);
    expect(policyAllowsFetch(contentSecurityPolicy('interview', { extraOrigins: extra }), 'https://tiles.example.org/5/27/12.png', PAGE)).toBe(false);
    expect(() => extraImageryOrigins('javascript:alert(1)')).toThrow(/not an http\(s\) origin/);
    expect(extraImageryOrigins(undefined)).toEqual([]);
  });

  it('recognises interview mode paths and only those', () => {
    expect(['/interview', '/interview/', '/interview/session-abc'].every((path) => INTERVIEW_PATH.test(path))).toBe(true);
    expect(['/', '/interviews', '/facility/interview', '/interview/a/b'].some((path) => INTERVIEW_PATH.test(path))).toBe(false);
  });
});

describe('the static hosts’ configs', () => {
  it.each(Object.entries(hostConfigs()))('%s is what npm run build:headers writes from the one source', (path, expected) => {
    expect(readFileSync(path, 'utf8')).toBe(expected);
  });

  it('send every security header, and the interview policy on interview paths', () => {
    const configs = Object.values(hostConfigs()).join('\n');
    for (const [name, value] of [...securityHeaders('app'), ...securityHeaders('interview')]) {
      expect(configs).toContain(name);
      expect(configs).toContain(value);
    }
    const vercel = JSON.parse(hostConfigs()['vercel.json'] ?? '{}') as { headers: { source: string; headers: { key: string; value: string }[] }[] };
    const interviewRule = vercel.headers.find((rule) => rule.source.startsWith('/interview'));
    expect(interviewRule?.headers.find((header) => header.key === 'Content-Security-Policy')?.value).toBe(contentSecurityPolicy('interview', { header: true }));
  });
});
