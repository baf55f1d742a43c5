/** Interview mode's own address: /interview (start and sessions) or /interview/<session id> (the walk-through). */
import { useEffect, useState } from 'react';

const PATH = /^\/interview\/([^/]+)\/?$/;

function sessionInPath(): string | null {
  const match = PATH.exec(window.location.pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/** The session in the URL, and a way to go to another (a new history entry, so back works). */
export function useInterviewRoute(): [string | null, (sessionId: string | null) => void] {
  const [sessionId, setSessionId] = useState(sessionInPath);
  useEffect(() => {
    const onPop = () => setSessionId(sessionInPath());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const go = (next: string | null) => {
    window.history.pushState(null, '', next ? `/interview/${encodeURIComponent(next)}` : '/interview');
    setSessionId(next);
  };
  return [sessionId, go];
}
