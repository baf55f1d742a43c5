/**
 * Whether the page's Content-Security-Policy (the meta tag the build writes) lets the app fetch from an origin.
 * A custom imagery layer on a host the policy does not list would fail tile by tile; the imagery panel says why
 * instead. Source expressions are matched as CSP Level 3 does for what the build writes: 'self', scheme://host
 * with an optional *. prefix, :port or :*, and a path prefix.
 */

/** The tokens of one directive in a policy, or null when the policy does not have it. */
export function directiveSources(policy: string, directive: string): string[] | null {
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name?.toLowerCase() === directive) return sources;
  }
  return null;
}

const DEFAULT_PORTS: Readonly<Record<string, string>> = { 'http:': '80', 'https:': '443' };

function matchesSource(source: string, url: URL, self: URL): boolean {
  if (source === "'self'") return url.origin === self.origin;
  if (source === '*') return url.protocol === 'http:' || url.protocol === 'https:';
  if (/^[a-z][a-z0-9+.-]*:$/i.test(source)) return url.protocol === source.toLowerCase();
  const parsed = /^([a-z][a-z0-9+.-]*:)\/\/(\*\.)?([^/:]+)(?::(\d+|\*))?(\/.*)?$/i.exec(source);
  if (!parsed) return false;
  const [, scheme, wildcard, host = '', port, path] = parsed;
  if (url.protocol !== scheme?.toLowerCase()) return false;
  const hostMatches = wildcard ? url.hostname.endsWith(`.${host}`) : url.hostname === host.toLowerCase();
  const urlPort = url.port || DEFAULT_PORTS[url.protocol] || '';
  const portMatches = port === '*' || (port ?? DEFAULT_PORTS[url.protocol]) === urlPort;
  const pathMatches = !path || (path.endsWith('/') ? url.pathname.startsWith(path) : url.pathname === path);
  return hostMatches && portMatches && pathMatches;
}

/** True when `policy` lets the page fetch `target` (connect-src, else default-src; no policy allows all). */
export function policyAllowsFetch(policy: string | null, target: string, pageUrl: string): boolean {
  if (!policy) return true;
  const sources = directiveSources(policy, 'connect-src') ?? directiveSources(policy, 'default-src');
  if (!sources) return true;
  const url = new URL(target);
  const self = new URL(pageUrl);
  return sources.some((source) => matchesSource(source, url, self));
}

/** The policy of this page, as its meta tag states it (the dev server writes none). */
export function pagePolicy(): string | null {
  return globalThis.document?.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null;
}
