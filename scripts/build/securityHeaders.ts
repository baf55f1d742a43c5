/**
 * The one source of the app's security headers: the Content-Security-Policy the build writes into each page's
 * meta tag, and the headers a static host should send (written into the host configs by
 * scripts/build/writeHostConfigs.ts). The map pages may reach the imagery hosts the app offers, and only after the
 * user agreed (src/store/imageryConsentStore.ts); interview mode may reach nothing but its own origin.
 */
import { builtInImageryOrigins, WAYBACK_RELEASES_URL } from '../../src/map/imagery/imageryProvider';

export type PageKind = 'app' | 'interview';

/**
 * A tile server on the reader's own machine, for a custom layer (a laptop serving its own drone or archive tiles):
 * loopback reaches no third party. Any other custom host must be added by the site's operator (IMAGERY_HOSTS).
 */
export const LOOPBACK_ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*'] as const;

/** Only the folder of Esri's bucket that holds the Wayback release list, not the whole of S3. */
const WAYBACK_LIST_PREFIX = WAYBACK_RELEASES_URL.slice(0, WAYBACK_RELEASES_URL.lastIndexOf('/') + 1);

/** Origins an operator adds at build time (IMAGERY_HOSTS="https://tiles.example.org …"); anything else is refused. */
export function extraImageryOrigins(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((entry) => {
      const url = new URL(entry);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`IMAGERY_HOSTS: "${entry}" is not an http(s) origin`);
      return url.origin;
    });
}

/**
 * The policy for a page. No 'unsafe-inline' or 'unsafe-eval' anywhere (the built pages have no inline script or
 * style; maplibre, three and React set styles through the DOM, which a policy does not restrict). maplibre's
 * worker may be made from a blob. `header` adds what a meta tag cannot carry (frame-ancestors).
 */
export function contentSecurityPolicy(page: PageKind, options: { extraOrigins?: readonly string[]; header?: boolean } = {}): string {
  const imagery = page === 'app' ? [...builtInImageryOrigins(), ...LOOPBACK_ORIGINS, ...(options.extraOrigins ?? [])] : [];
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'data:', 'blob:', ...imagery]],
    ['font-src', ["'self'"]],
    // blob: the workbench map fetches a diagram's image from the object URL made of its stored bytes.
    ['connect-src', ["'self'", ...(page === 'app' ? ['blob:', ...imagery, WAYBACK_LIST_PREFIX] : [])]],
    ['worker-src', ["'self'", 'blob:']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    // No form is ever submitted (every one is handled in the page): an interview id never ends up in a URL.
    ['form-action', ["'none'"]],
    ...(options.header ? ([['frame-ancestors', ["'none'"]]] as [string, string[]][]) : []),
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** The headers a static host should send with every page and file (the policy differs for interview mode). */
export function securityHeaders(page: PageKind, extraOrigins: readonly string[] = []): [string, string][] {
  return [
    ['Content-Security-Policy', contentSecurityPolicy(page, { extraOrigins, header: true })],
    ['Referrer-Policy', 'no-referrer'],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    // Interview mode asks for full screen; nothing asks for a camera, microphone or position.
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=(), fullscreen=(self)'],
  ];
}
