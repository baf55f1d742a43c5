/**
 * Undo and redo over the change funnel: each step keeps the change that undoes it and the one that redoes it.
 * A new edit after an undo drops the redo branch, as every editor does.
 */
import { applyChange, type Change } from './changes';
import type { FacilityWork } from './workTypes';

export interface Step {
  redo: Change;
  undo: Change;
  /** Edits with the same key in a row (typing in one field) make one step of undo. */
  coalesce?: string;
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

/**
 * Applies a change and records it as a step. With `coalesce`, a replace that follows a step with the same key
 * joins it: the step keeps its first undo and redoes to the latest record.
 */
export function edit(work: FacilityWork, history: History, change: Change, at: string, coalesce?: string): Edited {
  const applied = applyChange(work, change, at);
  const last = history.past[history.past.length - 1];
  if (coalesce !== undefined && change.type === 'replace' && last?.coalesce === coalesce) {
    const joined: Step = { redo: change, undo: last.undo, coalesce };
    return { work: applied.work, history: { past: [...history.past.slice(0, -1), joined], future: [] } };
  }
  const step: Step = { redo: change, undo: applied.inverse, ...(coalesce === undefined ? {} : { coalesce }) };
  return { work: applied.work, history: { past: [...history.past, step].slice(-HISTORY_LIMIT), future: [] } };
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
