/**
 * A filter clicked (not typed) reaches the map first: the facilities that pass, with their counts, and the
 * provinces' labels leave for maplibre's worker together, in a task of their own right after the press's; React
 * redraws the list in the task after (useFiltersAfterPress), while the worker prepares the tiles. MapView's
 * effects then hand the controller the same objects, which it ignores. Typing waits for React's render, as the
 * rest of the app does.
 */
import { useEffect, useRef } from 'react';
import type { FeatureCollection } from 'geojson';
import type { Facility } from '../domain/types';
import { useDatasetStore } from '../store/datasetStore';
import { useSessionStore } from '../store/sessionStore';
import { evidenceViewOf, facilitiesPassing } from '../ui/evidence/filteredView';
import type { MapController, ProvinceOverlay } from './MapController';

const NO_FACILITIES: Facility[] = [];

/**
 * `features` makes the map's features of the facilities shown, with each one's count, and `provinces` the
 * provinces' labels counting those without a point (the same objects as MapView's).
 */
export function useFilterFeed(
  controller: MapController | null,
  features: (shown: readonly Facility[], countOf: ((facilityId: string) => number) | undefined) => FeatureCollection,
  provinces: (shown: readonly Facility[]) => ProvinceOverlay,
): void {
  const latest = useRef({ features, provinces });
  useEffect(() => {
    latest.current = { features, provinces };
  }, [features, provinces]);
  useEffect(() => {
    if (!controller) return;
    // Not in the press's task, which only ticks the box: the counting and the copy to the worker (~60 ms at
    // 100,000 violations) come next, ahead of React's render.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const { filter, evidence } = useSessionStore.getState();
      const { dataset, earlyFacilities } = useDatasetStore.getState();
      const byFacilityFilter = facilitiesPassing(dataset?.facilities ?? earlyFacilities ?? NO_FACILITIES, filter);
      const view = evidenceViewOf(dataset?.violations, byFacilityFilter, evidence);
      const shown = view?.shown ?? byFacilityFilter;
      controller.setFacilities(latest.current.features(shown, view?.countOf));
      controller.setProvinces(latest.current.provinces(shown));
    };
    const stop = useSessionStore.subscribe((state, previous) => {
      if (state.filter.text !== previous.filter.text) return;
      if (state.filter !== previous.filter || state.evidence !== previous.evidence) channel.port2.postMessage(null);
    });
    return () => {
      stop();
      channel.port1.close();
    };
  }, [controller]);
}
