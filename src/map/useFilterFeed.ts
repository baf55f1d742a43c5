/**
 * A filter clicked (not typed) reaches the map before React renders: the facilities that pass, with their counts,
 * leave for maplibre's worker inside the click's own task, and React's render of the list follows in the same
 * task, while the worker prepares the tiles. MapView's effect then hands the controller the same features, which
 * it ignores. Typing waits for React's deferred render, as the rest of the app does.
 */
import { useEffect, useRef } from 'react';
import type { FeatureCollection } from 'geojson';
import type { Facility } from '../domain/types';
import { useDatasetStore } from '../store/datasetStore';
import { useSessionStore } from '../store/sessionStore';
import { evidenceViewOf, facilitiesPassing } from '../ui/evidence/filteredView';
import type { MapController } from './MapController';

const NO_FACILITIES: Facility[] = [];

/** `features` makes the map's features of the facilities shown, with each one's count (the same objects as MapView's). */
export function useFilterFeed(
  controller: MapController | null,
  features: (shown: readonly Facility[], countOf: ((facilityId: string) => number) | undefined) => FeatureCollection,
): void {
  const latest = useRef(features);
  useEffect(() => {
    latest.current = features;
  }, [features]);
  useEffect(() => {
    if (!controller) return;
    return useSessionStore.subscribe((state, previous) => {
      if (state.filter.text !== previous.filter.text) return;
      if (state.filter === previous.filter && state.evidence === previous.evidence) return;
      const { dataset, earlyFacilities } = useDatasetStore.getState();
      const byFacilityFilter = facilitiesPassing(dataset?.facilities ?? earlyFacilities ?? NO_FACILITIES, state.filter);
      const evidence = evidenceViewOf(dataset?.violations, byFacilityFilter, state.evidence);
      controller.setFacilities(latest.current(evidence?.shown ?? byFacilityFilter, evidence?.countOf));
    });
  }, [controller]);
}
