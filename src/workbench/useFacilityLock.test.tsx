// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFacilityLock, type FacilityLock } from './useFacilityLock';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Callback = (lock: object | null) => unknown;

/** A stand-in for navigator.locks in which the named locks are held by another tab until `letGo`. */
function fakeLocks(heldElsewhere: Set<string>) {
  const queued = new Map<string, Callback>();
  return {
    letGo(name: string) {
      heldElsewhere.delete(name);
      queued.get(name)?.({});
    },
    request(name: string, options: { ifAvailable?: boolean }, callback: Callback): Promise<unknown> {
      if (!heldElsewhere.has(name)) return Promise.resolve(callback({}));
      if (options.ifAvailable) return Promise.resolve(callback(null));
      queued.set(name, callback);
      return new Promise(() => undefined);
    },
  };
}

const SYNTHETIC_A = 'SYNTHETIC-facility-a';
const SYNTHETIC_B = 'SYNTHETIC-facility-b';

describe('one tab edits a facility at a time', () => {
  let container: HTMLDivElement;
  let root: Root;
  let seen: FacilityLock[];
  let locks: ReturnType<typeof fakeLocks>;

  function Probe({ facilityId }: { facilityId: string }) {
    seen.push(useFacilityLock(facilityId));
    return null;
  }

  beforeEach(() => {
    seen = [];
    locks = fakeLocks(new Set([`facility-atlas:work:${SYNTHETIC_B}`]));
    vi.stubGlobal('navigator', { locks });
    container = document.createElement('div');
    root = createRoot(container);
  });

  afterEach(() => {
    act(() => root.unmount());
    vi.unstubAllGlobals();
  });

  it('holds a facility no other tab has', async () => {
    await act(async () => root.render(<Probe facilityId={SYNTHETIC_A} />));
    expect(seen.at(-1)).toBe('held');
  });

  it('says a facility is open elsewhere, and takes it over when the other tab lets go', async () => {
    await act(async () => root.render(<Probe facilityId={SYNTHETIC_B} />));
    expect(seen.at(-1)).toBe('elsewhere');
    await act(async () => locks.letGo(`facility-atlas:work:${SYNTHETIC_B}`));
    expect(seen.at(-1)).toBe('held');
  });

  it('never reads as held for a facility another tab has, not even on the render that switches to it', async () => {
    await act(async () => root.render(<Probe facilityId={SYNTHETIC_A} />));
    expect(seen.at(-1)).toBe('held');
    seen = [];
    await act(async () => root.render(<Probe facilityId={SYNTHETIC_B} />));
    expect(seen).not.toContain('held');
    expect(seen.at(-1)).toBe('elsewhere');
  });
});
