/**
 * Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes every kind of workbench edit, in text fields too: their
 * values come from the work, so the browser's own text undo would be overwritten by the next render anyway.
 * Delete removes the selected record when no text field has the focus.
 */
import { useEffect } from 'react';
import type { WorkCore } from '../store/workCore';
import { deleteSelected } from './deleteSelected';

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** `core` is null while another tab holds the facility: this tab must not change its work. */
export function useWorkbenchKeys(core: WorkCore | null): void {
  useEffect(() => {
    if (!core) return;
    const onKey = (event: KeyboardEvent) => {
      const key = event.key.toLowerCase();
      if ((event.ctrlKey || event.metaKey) && (key === 'z' || key === 'y')) {
        event.preventDefault();
        if (key === 'y' || event.shiftKey) core.redo();
        else core.undo();
      } else if ((event.key === 'Delete' || event.key === 'Backspace') && !typing(event.target)) {
        deleteSelected(core);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [core]);
}
