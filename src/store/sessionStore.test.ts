import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from './urlState';
import { currentView, useSessionStore } from './sessionStore';

describe('sessionStore', () => {
  beforeEach(() => useSessionStore.setState({ ...DEFAULT_VIEW, navigation: 0 }));

  it('toggles a facet value on and off', () => {
    useSessionStore.getState().toggleFacet('types', 'office');
    expect(useSessionStore.getState().filter.types).toEqual(['office']);
    useSessionStore.getState().toggleFacet('types', 'office');
    expect(useSessionStore.getState().filter.types).toEqual([]);
  });

  it('clears every filter at once', () => {
    const { setFilterText, toggleFacet, clearFilter } = useSessionStore.getState();
    setFilterText('onsong');
    toggleFacet('provinces', 'Ryanggang');
    clearFilter();
    expect(useSessionStore.getState().filter).toEqual(DEFAULT_VIEW.filter);
  });

  it('closes the comparison when imagery is switched off', () => {
    const { setImagery, setCompare } = useSessionStore.getState();
    setImagery('esri-world-imagery');
    setCompare('eox-s2cloudless-2018');
    setImagery(null);
    expect([useSessionStore.getState().imagery, useSessionStore.getState().compare]).toEqual([null, null]);
  });

  it('counts views that arrive from outside', () => {
    useSessionStore.getState().replaceView({ ...DEFAULT_VIEW, facilityId: 'SYNTHETIC-1' });
    const state = useSessionStore.getState();
    expect([state.navigation, currentView(state).facilityId]).toEqual([1, 'SYNTHETIC-1']);
  });
});
