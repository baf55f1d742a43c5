import { describe, expect, it } from 'vitest';
import { createWebLocks, lockName } from './facilityLocks';

type Callback = (lock: object | null) => unknown;

/** A stand-in for navigator.locks in which the named locks are held by another tab until `letGo`. */
function fakeLocks(heldElsewhere: Set<string>) {
  const queued = new Map<string, Callback>();
  const held = new Set<string>();
  return {
    held,
    letGo(name: string) {
      heldElsewhere.delete(name);
      queued.get(name)?.({});
    },
    request(name: string, options: { ifAvailable?: boolean } | Callback, maybeCallback?: Callback): Promise<unknown> {
      const callback = (typeof options === 'function' ? options : maybeCallback) as Callback;
      const ifAvailable = typeof options === 'object' && options.ifAvailable;
      const grant = () => {
        held.add(name);
        return Promise.resolve(callback({})).finally(() => held.delete(name));
      };
      if (!heldElsewhere.has(name)) return grant();
      if (ifAvailable) return Promise.resolve(callback(null));
      queued.set(name, () => void grant());
      return new Promise(() => undefined);
    },
  };
}

const SYNTHETIC_A = 'SYNTHETIC-facility-a';
const SYNTHETIC_B = 'SYNTHETIC-facility-b';

function watch(manager: ReturnType<typeof fakeLocks>, facilityId: string, wait: boolean) {
  const seen: string[] = [];
  const release = createWebLocks(manager as never).hold(facilityId, { wait }, { held: () => seen.push('held'), elsewhere: () => seen.push('elsewhere') });
  return { seen, release };
}

describe('facility locks over Web Locks', () => {
  it('holds a facility no other tab has, until let go', async () => {
    const manager = fakeLocks(new Set());
    const { seen, release } = watch(manager, SYNTHETIC_A, true);
    expect(seen).toEqual(['held']);
    expect(manager.held.has(lockName(SYNTHETIC_A))).toBe(true);
    release();
    await Promise.resolve();
    await Promise.resolve();
    expect(manager.held.has(lockName(SYNTHETIC_A))).toBe(false);
  });

  it('says a facility is open elsewhere, and takes it over when the other tab lets go', () => {
    const manager = fakeLocks(new Set([lockName(SYNTHETIC_B)]));
    const { seen } = watch(manager, SYNTHETIC_B, true);
    expect(seen).toEqual(['elsewhere']);
    manager.letGo(lockName(SYNTHETIC_B));
    expect(seen).toEqual(['elsewhere', 'held']);
  });

  it('gives up at once when told not to wait', () => {
    const manager = fakeLocks(new Set([lockName(SYNTHETIC_B)]));
    const { seen } = watch(manager, SYNTHETIC_B, false);
    manager.letGo(lockName(SYNTHETIC_B));
    expect(seen).toEqual(['elsewhere']);
  });

  it('edits unlocked where the browser has no Web Locks (not a secure context)', () => {
    const seen: string[] = [];
    createWebLocks(undefined).hold(SYNTHETIC_A, { wait: true }, { held: () => seen.push('held'), elsewhere: () => seen.push('elsewhere') });
    expect(seen).toEqual(['held']);
  });
});
