/** Thrown by the workbench page when the facility's stored work has records it cannot use; its boundary shows them. */
import type { BrokenWork } from '../store/workCore';

export class BrokenWorkError extends Error {
  constructor(
    readonly facilityId: string,
    readonly broken: BrokenWork,
  ) {
    const records = broken.records.map((record) => `${record.collection} "${record.id || `#${record.index}`}": ${record.problems.join('; ')}`);
    super(broken.unreadable ?? records.join(' · '));
    this.name = 'BrokenWorkError';
  }
}
