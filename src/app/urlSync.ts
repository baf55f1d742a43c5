/**
 * Mirrors the session's view in the URL: a change of page, facility, room, filter facet, list order or imagery is a
 * new history entry; a camera move, typing in the search box, brushing decades or switching the language replaces
 * the current one
 * (one entry per keystroke would bury the selections under letters); back/forward and opened links restore the view.
 */
import { currentView, useSessionStore } from '../store/sessionStore';
import { decodeViewState, encodeViewState, type ViewState } from '../store/urlState';

function href(view: ViewState): string {
  const { pathname, search } = encodeViewState(view);
  return `${pathname}${search ? `?${search}` : ''}`;
}

/**
 * The view without what changes continuously (camera, search text, the brushed decades) or is no step (language):
 * equal keys mean "replace, do not push".
 */
function steppedKey(view: ViewState): string {
  return href({ ...view, camera: null, language: null, filter: { ...view.filter, text: '' }, evidence: { ...view.evidence, decades: null } });
}

export function startUrlSync(): () => void {
  const store = useSessionStore;
  store.getState().replaceView(decodeViewState(window.location.pathname, window.location.search));
  let applied = href(currentView(store.getState()));

  const unsubscribe = store.subscribe((state, previous) => {
    const view = currentView(state);
    const next = href(view);
    if (next === applied) return;
    if (steppedKey(view) === steppedKey(currentView(previous))) window.history.replaceState(null, '', next);
    else window.history.pushState(null, '', next);
    applied = next;
  });

  const onPopState = () => {
    const view = decodeViewState(window.location.pathname, window.location.search);
    applied = href(view);
    store.getState().replaceView(view);
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}
