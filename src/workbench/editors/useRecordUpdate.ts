/**
 * Edits one field of the selected record through the edit funnel. Each change is applied (and saved) at once;
 * consecutive edits of one field make one undo step, so typing a name is undone as a whole.
 */
import type { CollectionName, Collections } from '../../domain/workbench/changes';
import { useWorkCore } from '../../store/workStore';

export function useRecordUpdate<K extends CollectionName>(collection: K, record: Collections[K]) {
  const { apply } = useWorkCore();
  return (patch: Partial<Collections[K]>, field: string) => {
    const next = { ...record, ...patch } as Collections[K];
    // Optional fields left empty are removed rather than stored as "" (the contract omits them).
    for (const [key, value] of Object.entries(patch)) if (value === undefined) delete (next as unknown as Record<string, unknown>)[key];
    apply({ type: 'replace', collection, record: next } as never, { coalesce: `${collection}:${record.id}:${field}` });
  };
}
