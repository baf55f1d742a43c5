/**
 * After the reader changes the search or a filter, the map shows what is left: it fits the located results (flies
 * to a single one). Not for a view that arrives with a link or back/forward (it has its own camera), and not once the
 * reader has picked a facility meanwhile (the map flies to that instead).
 */
import { useEffect, useRef } from 'react';
import type { FacilityFilter } from '../domain/facilityFilter';
import type { Facility } from '../domain/types';
import { useSessionStore } from '../store/sessionStore';
import type { MapController } from './MapController';

/** Typing pauses this long before the map moves, so it does not jump at every letter. */
const SETTLE_MS = 400;

/** `results` are the facilities that passed `filter`: the two arrive together, after the store has changed. */
export function useFitResults(controller: MapController | null, results: readonly Facility[], filter: FacilityFilter): void {
  const navigation = useSessionStore((state) => state.navigation);
  const facilityId = useSessionStore((state) => state.facilityId);
  /** The filter the map last followed (or was told to leave alone). */
  const followed = useRef(filter);
  const latestResults = useRef(results);
  latestResults.current = results;

  // A view from a link or back/forward, or a facility picked: the filter as it stands needs no fitting.
  useEffect(() => {
    followed.current = useSessionStore.getState().filter;
  }, [navigation, facilityId]);

  useEffect(() => {
    if (!controller || filter === followed.current) return;
    // A click on a filter moves the map at once, while it takes the new data, rather than once that is drawn.
    const typed = filter.text !== followed.current.text;
    const timer = setTimeout(() => {
      followed.current = filter;
      controller.fitPoints(latestResults.current.flatMap((facility) => (facility.location ? [[facility.location[0] ?? 0, facility.location[1] ?? 0] as const] : [])));
    }, typed ? SETTLE_MS : 0);
    return () => clearTimeout(timer);
  }, [controller, filter, facilityId, navigation]);
}
