/**
 * What the user is looking at: selection, filters, imagery and camera. It is the ViewState the URL mirrors
 * (see app/urlSync.ts); components select narrow slices of it.
 */
import { create } from 'zustand';
import { EMPTY_EVIDENCE, type DecadeRange, type EvidenceFilter } from '../domain/evidence/evidenceFilter';
import type { Facet } from '../domain/facetCounts';
import type { FacilityFilter } from '../domain/facilityFilter';
import type { FacilitySort } from '../domain/facilitySort';
import type { Language } from '../i18n/languages';
import { DEFAULT_VIEW, type Camera, type ModelSource, type ViewMode, type ViewState } from './urlState';

/** The violation filters chosen from a list (the decades are a range). */
export type EvidenceListFacet = 'categories' | 'rights' | 'perpetrators';

interface SessionState extends ViewState {
  /** Increases when a view arrives from outside (a link, back/forward), so the map can jump to its camera. */
  navigation: number;
  setFilterText: (text: string) => void;
  toggleFacet: (facet: Facet, value: string) => void;
  clearFilter: () => void;
  toggleEvidence: (facet: EvidenceListFacet, value: string) => void;
  /** The brushed decades, or null for every date. */
  setDecades: (decades: DecadeRange | null) => void;
  clearEvidence: () => void;
  setSort: (sort: FacilitySort) => void;
  /** The language in effect, mirrored into links (app/urlSync.ts keeps it in step with i18next). */
  setLanguage: (language: Language) => void;
  select: (facilityId: string | null) => void;
  setImagery: (layerId: string | null) => void;
  setCompare: (layerId: string | null) => void;
  setCamera: (camera: Camera) => void;
  /** Opens the inside of a facility (optionally at a room), or goes back to the map. */
  enterFacility: (facilityId: string, room?: string | null) => void;
  leaveFacility: () => void;
  /** Opens About the data (/about); leaveFacility goes back to the map. */
  openAbout: () => void;
  /** Back to the map with a facility's card open (one history entry). */
  showOnMap: (facilityId: string) => void;
  /** Opens the investigator's workbench for a facility. */
  openWorkbench: (facilityId: string) => void;
  selectRoom: (room: string | null) => void;
  setViewMode: (mode: ViewMode) => void;
  setModel: (model: ModelSource) => void;
  replaceView: (view: ViewState) => void;
}

function toggled(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((item) => item !== value) : [...values, value];
}

export const useSessionStore = create<SessionState>()((set) => ({
  ...DEFAULT_VIEW,
  navigation: 0,
  setFilterText: (text) => set((state) => ({ filter: { ...state.filter, text } })),
  toggleFacet: (facet, value) =>
    set((state) => ({ filter: { ...state.filter, [facet]: toggled(state.filter[facet] ?? [], value) } as FacilityFilter })),
  clearFilter: () => set({ filter: DEFAULT_VIEW.filter }),
  toggleEvidence: (facet, value) =>
    set((state) => ({ evidence: { ...state.evidence, [facet]: toggled(state.evidence[facet], value) } as EvidenceFilter })),
  setDecades: (decades) => set((state) => ({ evidence: { ...state.evidence, decades } })),
  clearEvidence: () => set({ evidence: EMPTY_EVIDENCE }),
  setSort: (sort) => set({ sort }),
  setLanguage: (language) => set({ language }),
  select: (facilityId) => set({ facilityId }),
  setImagery: (imagery) => set((state) => ({ imagery, compare: imagery === null ? null : state.compare })),
  setCompare: (compare) => set({ compare }),
  setCamera: (camera) => set({ camera }),
  enterFacility: (facilityId, room = null) => set({ page: 'facility', facilityId, room, model: 'plan' }),
  leaveFacility: () => set({ page: 'map', room: null }),
  openAbout: () => set({ page: 'about', room: null }),
  showOnMap: (facilityId) => set({ page: 'map', facilityId, room: null }),
  openWorkbench: (facilityId) => set({ page: 'workbench', facilityId, room: null, camera: null }),
  selectRoom: (room) => set({ room }),
  setViewMode: (viewMode) => set({ viewMode }),
  setModel: (model) => set({ model }),
  replaceView: (view) => set((state) => ({ ...view, navigation: state.navigation + 1 })),
}));

export function currentView(state: ViewState): ViewState {
  const { page, facilityId, room, viewMode, model, filter, evidence, sort, language, imagery, compare, camera } = state;
  return { page, facilityId, room, viewMode, model, filter, evidence, sort, language, imagery, compare, camera };
}
