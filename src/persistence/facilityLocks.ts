/**
 * One tab or window edits a facility's work at a time: two tabs appending to one log would interleave their
 * entries. The Web Locks API (shared by the tabs of one origin) gives a facility to the first that asks; another
 * is told, and may wait to take over when the first lets go. Browsers give no Web Locks outside secure contexts
 * (a tablet on the local network over http://): there the work is edited unlocked, as in a single tab.
 */

export interface LockEvents {
  /** The facility is this holder's until it releases it. */
  held: () => void;
  /** Another holder has it; when waiting, `held` follows once it lets go. */
  elsewhere: () => void;
}

export interface FacilityLocks {
  /** Asks for a facility's lock; the returned function lets it go, or stops waiting for it. */
  hold(facilityId: string, options: { wait: boolean }, events: LockEvents): () => void;
}

export const lockName = (facilityId: string) => `facility-atlas:work:${facilityId}`;

type LockManagerLike = Pick<LockManager, 'request'>;

export function createWebLocks(manager: LockManagerLike | undefined = globalThis.navigator?.locks): FacilityLocks {
  return {
    hold(facilityId, { wait }, events) {
      if (!manager) {
        events.held();
        return () => undefined;
      }
      const name = lockName(facilityId);
      let release = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      const abort = new AbortController();
      const hold = () => {
        if (abort.signal.aborted) return undefined;
        events.held();
        return released;
      };
      void manager.request(name, { ifAvailable: true }, (granted) => {
        if (granted) return hold();
        events.elsewhere();
        // Queued until the other tab lets go; letting go first cancels the wait.
        if (wait) manager.request(name, { signal: abort.signal }, hold).catch(() => undefined);
        return undefined;
      });
      return () => {
        abort.abort();
        release();
      };
    },
  };
}
