/**
 * Undo and redo over the change funnel: each step keeps the change that undoes it and the one that redoes it.
 * A new edit after an undo drops the redo branch, as every editor does.
 */
import { applyChange, type Change } from './changes';
import type { FacilityWork } from './workTypes';

export interface Step {
  redo: Change;
  undo: Change;
}

export interface History {
  past: Step[];
  future: Step[];
}

export const EMPTY_HISTORY: History = Object.freeze({ past: [], future: [] }) as unknown as History;

/** How many steps are kept: enough for a long sitting, bounded so memory stays flat. */
export const HISTORY_LIMIT = 500;

export interface Edited {
  work: FacilityWork;
  history: History;
}

export function edit(work: FacilityWork, history: History, change: Change, at: string): Edited {
  const applied = applyChange(work, change, at);
  const past = [...history.past, { redo: change, undo: applied.inverse }].slice(-HISTORY_LIMIT);
  return { work: applied.work, history: { past, future: [] } };
}

/** Undoes the last step; null when there is nothing to undo. */
export function undo(work: FacilityWork, history: History, at: string): Edited | null {
  const step = history.past[history.past.length - 1];
  if (!step) return null;
  const applied = applyChange(work, step.undo, at);
  return { work: applied.work, history: { past: history.past.slice(0, -1), future: [step, ...history.future] } };
}

/** Redoes the last undone step; null when there is nothing to redo. */
export function redo(work: FacilityWork, history: History, at: string): Edited | null {
  const step = history.future[0];
  if (!step) return null;
  const applied = applyChange(work, step.redo, at);
  return { work: applied.work, history: { past: [...history.past, step], future: history.future.slice(1) } };
}
