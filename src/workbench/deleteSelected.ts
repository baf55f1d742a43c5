/** Deletes the selected record through the edit funnel (so it can be undone) and clears the selection. */
import type { WorkCore } from '../store/workCore';

export function deleteSelected(core: WorkCore): void {
  const { selection } = core.store.getState();
  if (selection) core.apply({ type: 'delete', collection: selection.collection, id: selection.id }, { select: null });
}
