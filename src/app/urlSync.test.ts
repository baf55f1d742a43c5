// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useSessionStore } from '../store/sessionStore';
import { DEFAULT_VIEW } from '../store/urlState';
import { startUrlSync } from './urlSync';

function popped(): Promise<void> {
  return new Promise((resolve) => window.addEventListener('popstate', () => resolve(), { once: true }));
}

describe('the URL follows the session', () => {
  let stop: () => void;

  beforeEach(() => {
    window.history.replaceState(null, '', '/');
    useSessionStore.setState({ ...DEFAULT_VIEW, navigation: 0 });
    stop = startUrlSync();
  });

  afterEach(() => stop());

  it('adds one history entry per selection', () => {
    const before = window.history.length;
    useSessionStore.getState().select('SYNTHETIC-a');
    useSessionStore.getState().select('SYNTHETIC-b');
    expect(window.history.length - before).toBe(2);
    expect(window.location.search).toBe('?facility=SYNTHETIC-b');
  });

  it('replaces the entry while the search text is typed, keeping the last text', () => {
    const before = window.history.length;
    for (const text of ['h', 'hy', 'hye', 'hyes', 'hyesan']) useSessionStore.getState().setFilterText(text);
    expect(window.history.length).toBe(before);
    expect(window.location.search).toBe('?q=hyesan');
  });

  it('replaces the entry when only the camera moves', () => {
    const before = window.history.length;
    useSessionStore.getState().setCamera({ lon: 129.5, lat: 42, zoom: 8 });
    expect(window.history.length).toBe(before);
    expect(window.location.search).toBe('?map=8%2F42%2F129.5');
  });

  it('adds an entry for a filter facet, unlike the search text', () => {
    const before = window.history.length;
    useSessionStore.getState().toggleFacet('types', 'office');
    expect(window.history.length - before).toBe(1);
  });

  it('adds an entry for a violation category, and replaces it while decades are brushed', () => {
    const before = window.history.length;
    useSessionStore.getState().toggleEvidence('categories', 'death');
    for (const from of [1990, 2000, 2010]) useSessionStore.getState().setDecades({ from, to: 2010 });
    expect(window.history.length - before).toBe(1);
    expect(window.location.search).toBe('?category=death&decades=2010-2010');
  });

  it('steps back through selections over the typed search, which stays with its selection', async () => {
    useSessionStore.getState().select('SYNTHETIC-a');
    for (const text of ['o', 'on', 'ons']) useSessionStore.getState().setFilterText(text);
    useSessionStore.getState().select('SYNTHETIC-b');
    const back = popped();
    window.history.back();
    await back;
    expect([useSessionStore.getState().facilityId, useSessionStore.getState().filter.text]).toEqual(['SYNTHETIC-a', 'ons']);
    const forward = popped();
    window.history.forward();
    await forward;
    expect(useSessionStore.getState().facilityId).toBe('SYNTHETIC-b');
  });
});

describe('the language in links', () => {
  let stop: () => void;

  beforeEach(() => {
    window.history.replaceState(null, '', '/?lang=ko');
    useSessionStore.setState({ ...DEFAULT_VIEW, navigation: 0 });
    stop = startUrlSync();
  });

  afterEach(() => stop());

  it('keeps the language a link names and replaces the entry when it changes', () => {
    expect(useSessionStore.getState().language).toBe('ko');
    const before = window.history.length;
    useSessionStore.getState().select('SYNTHETIC-a');
    expect(window.location.search).toBe('?facility=SYNTHETIC-a&lang=ko');
    useSessionStore.getState().setLanguage('en');
    expect(window.history.length - before).toBe(1);
    expect(window.location.search).toBe('?facility=SYNTHETIC-a&lang=en');
  });

  it('keeps it in a deep link into a facility', () => {
    useSessionStore.getState().enterFacility('SYNTHETIC-a', 'SYNTHETIC-room');
    expect(`${window.location.pathname}${window.location.search}`).toBe('/facility/SYNTHETIC-a?room=SYNTHETIC-room&lang=ko');
  });
});
