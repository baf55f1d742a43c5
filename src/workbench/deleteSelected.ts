/** Deletes the selected record through the edit funnel (so it can be undone) and clears the selection. */
import { useWorkStore } from '../store/workStore';

export function deleteSelected(): void {
  const { selection, apply } = useWorkStore.getState();
  if (selection) apply({ type: 'delete', collection: selection.collection, id: selection.id }, { select: null });
}
