/**
 * One tab or window edits a facility's work at a time. Every save writes the whole work, so two tabs editing the
 * same facility would each overwrite the other's edits without a word. The Web Locks API (shared by the tabs of
 * one origin) gives the facility to the first tab; another waits, and takes over when the first closes or leaves.
 */
import { useEffect, useState } from 'react';

export type FacilityLock = 'waiting' | 'held' | 'elsewhere';

export function useFacilityLock(facilityId: string): FacilityLock {
  // Kept with the facility it is about, so a switch to another facility reads 'waiting' from its first render.
  const [lock, setLock] = useState<{ facilityId: string; state: FacilityLock }>({ facilityId, state: 'waiting' });
  useEffect(() => {
    const set = (state: FacilityLock) => setLock({ facilityId, state });
    const locks = globalThis.navigator?.locks;
    // A browser without Web Locks cannot tell the tabs apart: the workbench edits as it always did.
    if (!locks) {
      set('held');
      return;
    }
    const name = `facility-atlas:work:${facilityId}`;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const abort = new AbortController();
    const hold = () => {
      set('held');
      return held;
    };
    void locks.request(name, { ifAvailable: true }, (granted) => {
      if (granted) return hold();
      set('elsewhere');
      // Queued until the other tab lets go; leaving the workbench cancels the wait.
      locks.request(name, { signal: abort.signal }, hold).catch(() => undefined);
      return undefined;
    });
    return () => {
      abort.abort();
      release();
    };
  }, [facilityId]);
  return lock.facilityId === facilityId ? lock.state : 'waiting';
}
