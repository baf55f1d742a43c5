/**
 * A series of asynchronous updates (maplibre's `setData`, each settling once its worker has the data), and work
 * that must land with the data they carry rather than before it: it waits until no update is on its way.
 */
export class SettledUpdates {
  private latest: Promise<unknown> | null = null;

  /** Follows `update`, the latest sent. */
  track(update: Promise<unknown>): void {
    this.latest = update;
    const settled = () => {
      if (this.latest === update) this.latest = null;
    };
    void update.then(settled, settled);
  }

  /** Runs `work` now when no update is on its way, else once those sent so far, and any sent meanwhile, have settled. */
  whenSettled(work: () => void): void {
    if (!this.latest) {
      work();
      return;
    }
    const retry = () => this.whenSettled(work);
    void this.latest.then(retry, retry);
  }
}
