/**
 * Mirrors the session's view in the URL: a change of facility, filter or imagery is a new history entry, a
 * camera move replaces the current one; back/forward and opened links restore the view.
 */
import { currentView, useSessionStore } from '../store/sessionStore';
import { decodeViewState, encodeViewState, type ViewState } from '../store/urlState';

function withoutCamera(view: ViewState): string {
  return encodeViewState({ ...view, camera: null });
}

export function startUrlSync(): () => void {
  const store = useSessionStore;
  store.getState().replaceView(decodeViewState(window.location.search));
  let applied = encodeViewState(currentView(store.getState()));

  const unsubscribe = store.subscribe((state, previous) => {
    const view = currentView(state);
    const encoded = encodeViewState(view);
    if (encoded === applied) return;
    const url = `${window.location.pathname}${encoded ? `?${encoded}` : ''}${window.location.hash}`;
    if (withoutCamera(view) === withoutCamera(currentView(previous))) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    applied = encoded;
  });

  const onPopState = () => {
    const view = decodeViewState(window.location.search);
    applied = encodeViewState(view);
    store.getState().replaceView(view);
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}
