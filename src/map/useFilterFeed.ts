/**
 * A filter clicked (not typed) reaches the map first, in two tasks of its own right after the press's: one counts
 * the evidence and makes the features of the facilities that pass, with their counts, and the provinces' labels;
 * the next sends both to maplibre's worker (maplibre copies every feature in JavaScript as it posts them: 40-110
 * ms for 8,500 points on a 2-core machine, more than the counting). React redraws the list in the task after
 * (useFiltersAfterPress), while the worker prepares the tiles. MapView's effects then hand the controller the same
 * objects, which it ignores. Typing waits for React's render, as the rest of the app does.
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
    // Not in the press's task, which only ticks the box: the counting, then the copy to the worker, ahead of
    // React's render. Presses made before the counting are counted once, with the latest filters.
    const channel = new MessageChannel();
    let counting = false;
    let made: { features: FeatureCollection; provinces: ProvinceOverlay } | null = null;
    channel.port1.onmessage = (event) => {
      if (event.data === 'count') {
        counting = false;
        const { filter, evidence } = useSessionStore.getState();
        const { dataset, earlyFacilities } = useDatasetStore.getState();
        const byFacilityFilter = facilitiesPassing(dataset?.facilities ?? earlyFacilities ?? NO_FACILITIES, filter);
        const view = evidenceViewOf(dataset?.violations, byFacilityFilter, evidence);
        const shown = view?.shown ?? byFacilityFilter;
        made = { features: latest.current.features(shown, view?.countOf), provinces: latest.current.provinces(shown) };
        channel.port2.postMessage('send');
      } else if (made) {
        controller.setFacilities(made.features);
        controller.setProvinces(made.provinces);
        made = null;
      }
    };
    const stop = useSessionStore.subscribe((state, previous) => {
      if (state.filter.text !== previous.filter.text) return;
      if (counting || (state.filter === previous.filter && state.evidence === previous.evidence)) return;
      counting = true;
      channel.port2.postMessage('count');
    });
    return () => {
      stop();
      channel.port1.close();
    };
  }, [controller]);
}
