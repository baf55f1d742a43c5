import { describe, expect, it } from 'vitest';
import { SettledUpdates } from './settledUpdates';

/** A promise settled from outside, as a worker's reply would settle it. */
function deferred() {
  let resolve = () => {};
  let reject = (_error: Error) => {};
  const promise = new Promise<void>((done, fail) => {
    resolve = done;
    reject = fail;
  });
  return { promise, resolve, reject };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SettledUpdates', () => {
  it('runs the work at once when no update is on its way', () => {
    const updates = new SettledUpdates();
    let ran = 0;
    updates.whenSettled(() => (ran += 1));
    expect(ran).toBe(1);
  });

  it('holds the work until the update it follows has arrived, then runs it once', async () => {
    const updates = new SettledUpdates();
    const update = deferred();
    updates.track(update.promise);
    let ran = 0;
    updates.whenSettled(() => (ran += 1));
    await settle();
    expect(ran).toBe(0);
    update.resolve();
    await settle();
    expect(ran).toBe(1);
    updates.whenSettled(() => (ran += 1));
    expect(ran).toBe(2);
  });

  it('waits for an update sent while it waited, so the work lands with the latest data', async () => {
    const updates = new SettledUpdates();
    const [first, second] = [deferred(), deferred()];
    updates.track(first.promise);
    let ran = 0;
    updates.whenSettled(() => (ran += 1));
    updates.track(second.promise);
    first.resolve();
    await settle();
    expect(ran).toBe(0);
    second.resolve();
    await settle();
    expect(ran).toBe(1);
  });

  it('runs the work after an update that failed', async () => {
    const updates = new SettledUpdates();
    const update = deferred();
    updates.track(update.promise);
    let ran = 0;
    updates.whenSettled(() => (ran += 1));
    update.reject(new Error('SYNTHETIC worker failure'));
    await settle();
    expect(ran).toBe(1);
  });
});
