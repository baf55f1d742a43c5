/**
 * The session's facility and violation filters as the list, the counts and the map's rings draw them, three tasks
 * after the press that changed them: the press's own task only ticks the box or moves the brush, the map's data
 * is made and leaves in the next two (useFilterFeed), and React redraws the rest in the task after (at 100,000
 * violations the four made one task of ~190 ms, issue #12). Typing goes through a transition, in slices a
 * keystroke can interrupt.
 */
import { flushSync } from 'react-dom';
import { startTransition, useEffect, useState } from 'react';
import type { EvidenceFilter } from '../domain/evidence/evidenceFilter';
import type { FacilityFilter } from '../domain/facilityFilter';
import { useSessionStore } from '../store/sessionStore';

interface Filters {
  filter: FacilityFilter;
  evidence: EvidenceFilter;
}

const filtersOf = ({ filter, evidence }: Filters): Filters => ({ filter, evidence });
const same = (a: Filters, b: Filters) => a.filter === b.filter && a.evidence === b.evidence;

export function useFiltersAfterPress(): Filters {
  const [filters, setFilters] = useState(() => filtersOf(useSessionStore.getState()));
  useEffect(() => {
    const latest = () => filtersOf(useSessionStore.getState());
    // Set between the first render and this effect (an address's filters): drawn at once, as the page opens.
    setFilters((current) => (same(current, latest()) ? current : latest()));
    // Three tasks on, behind the map's two whichever subscribed first: each message only sends the next.
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => {
      if (event.data === 'press') channel.port2.postMessage('wait');
      else if (event.data === 'wait') channel.port2.postMessage('render');
      else flushSync(() => setFilters((current) => (same(current, latest()) ? current : latest())));
    };
    const stop = useSessionStore.subscribe((state, previous) => {
      if (same(state, previous)) return;
      if (state.filter.text !== previous.filter.text) startTransition(() => setFilters(filtersOf(state)));
      else channel.port2.postMessage('press');
    });
    return () => {
      stop();
      channel.port1.close();
    };
  }, []);
  return filters;
}
