/**
 * Writes the Content-Security-Policy and `no-referrer` into every built page, as meta tags first in <head>:
 * index.html gets the map's policy (its own origin and the imagery hosts the app offers), interview.html the
 * strictest (its own origin only). The dev server writes none (its inline module scripts would be refused).
 * Also serves interview.html for every interview path (/interview/<session id>) in `vite preview` and dev, as
 * the host configs do in production.
 */
import type { Connect, Plugin } from 'vite';
import { INTERVIEW_PATH } from '../../src/app/pagePaths';
import { contentSecurityPolicy } from './securityHeaders';

export function securityPolicy(extraOrigins: readonly string[]): Plugin {
  return {
    name: 'atlas:security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const page = context.path === '/interview.html' ? 'interview' : 'app';
        return [
          { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(page, { extraOrigins }) }, injectTo: 'head-prepend' },
          { tag: 'meta', attrs: { name: 'referrer', content: 'no-referrer' }, injectTo: 'head-prepend' },
        ];
      },
    },
  };
}

const toInterviewPage: Connect.NextHandleFunction = (request, _response, next) => {
  const path = (request.url ?? '').split('?')[0] ?? '';
  if (INTERVIEW_PATH.test(path)) request.url = '/interview.html';
  next();
};

export function interviewPage(): Plugin {
  return {
    name: 'atlas:interview-page',
    configureServer: (server) => void server.middlewares.use(toInterviewPage),
    configurePreviewServer: (server) => void server.middlewares.use(toInterviewPage),
  };
}
