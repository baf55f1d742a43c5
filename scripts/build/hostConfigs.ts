/**
 * The security headers as the configs of common static hosts state them, from the one source
 * (securityHeaders.ts): Netlify and Cloudflare Pages (`_headers`; `_redirects` for Netlify), Vercel
 * (`vercel.json`) and nginx (`deploy/nginx.conf`). Every host also serves interview.html for interview mode's paths, index.html
 * for the app's other paths, and sw.js uncached (so an update is found).
 */
import { securityHeaders, type PageKind } from './securityHeaders';

const GENERATED = 'Written by `npm run build:headers` from scripts/build/securityHeaders.ts: edit that, not this.';

const headerLines = (page: PageKind, indent: string, extra: readonly string[]) => securityHeaders(page, extra).map(([name, value]) => `${indent}${name}: ${value}`);

/**
 * Netlify and Cloudflare Pages join a header set by two matching rules with a comma: two policies, both enforced,
 * so interview mode gets the stricter one (its sources are a subset of the map's).
 */
function netlifyHeaders(extra: readonly string[]): string {
  return [
    `# ${GENERATED}`,
    '/*',
    ...headerLines('app', '  ', extra),
    '/interview',
    ...headerLines('interview', '  ', extra).filter((line) => line.includes('Content-Security-Policy')),
    '/interview/*',
    ...headerLines('interview', '  ', extra).filter((line) => line.includes('Content-Security-Policy')),
    '/sw.js',
    '  Cache-Control: no-cache',
    '',
  ].join('\n');
}

/**
 * Netlify serves an existing file before any rule, so the catch-all leaves the assets alone. Cloudflare Pages
 * applies rules even over files and refuses a catch-all: there, delete this file (see the README).
 */
function netlifyRedirects(): string {
  return [
    `# ${GENERATED}`,
    '# For Netlify. On Cloudflare Pages delete this file: Pages serves index.html for unknown paths itself.',
    '/interview /interview.html 200',
    '/interview/* /interview.html 200',
    '/* /index.html 200',
    '',
  ].join('\n');
}

function vercelConfig(extra: readonly string[]): string {
  const headers = (page: PageKind) => securityHeaders(page, extra).map(([key, value]) => ({ key, value }));
  const config = {
    $comment: GENERATED,
    headers: [
      { source: '/(.*)', headers: headers('app') },
      // A later rule's header replaces an earlier one's of the same name.
      { source: '/interview', headers: headers('interview') },
      { source: '/interview/:path*', headers: headers('interview') },
      { source: '/sw.js', headers: [{ key: 'Cache-Control', value: 'no-cache' }] },
    ],
    // Rewrites apply only where no file matches.
    rewrites: [
      { source: '/interview', destination: '/interview.html' },
      { source: '/interview/:path*', destination: '/interview.html' },
      { source: '/(.*)', destination: '/index.html' },
    ],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** nginx drops the server's add_header lines in a location that has its own, so each location states them all. */
function nginxConfig(extra: readonly string[]): string {
  const addHeaders = (page: PageKind) => securityHeaders(page, extra).map(([name, value]) => `    add_header ${name} "${value}" always;`);
  return [
    `# ${GENERATED}`,
    '# Include in the http block; set root to the folder `npm run build` wrote (dist/).',
    'server {',
    '  listen 80;',
    '  root /srv/facility-atlas/dist;',
    '',
    '  location ~ ^/interview(/[^/]*)?/?$ {',
    ...addHeaders('interview'),
    '    try_files /interview.html =404;',
    '  }',
    '  location = /sw.js {',
    ...addHeaders('app'),
    '    add_header Cache-Control "no-cache" always;',
    '  }',
    '  location / {',
    ...addHeaders('app'),
    '    try_files $uri /index.html;',
    '  }',
    '}',
    '',
  ].join('\n');
}

/** Every config by its path in the repository; `extra`: the imagery origins an operator adds (IMAGERY_HOSTS). */
export function hostConfigs(extra: readonly string[] = []): Record<string, string> {
  return {
    'public/_headers': netlifyHeaders(extra),
    'public/_redirects': netlifyRedirects(),
    'vercel.json': vercelConfig(extra),
    'deploy/nginx.conf': nginxConfig(extra),
  };
}
