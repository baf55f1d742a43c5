/**
 * The import's preview as the person reads it: records grouped by what would happen to them, each change shown
 * as held → imported text, with the choice the import makes unless told otherwise (a conflict keeps what is held;
 * a restricted file never changes a published record), and the problems counted and listed by row.
 */
import type { ImportProblem } from '../formatTypes';
import type { ApplyChoices } from '../import/applyImport';
import { PREVIEW_STATUSES, type ImportPreview, type PreviewStatus } from '../import/importPreview';
import type { ImportResult } from '../import/runImport';

export interface DifferenceView {
  field: string;
  held: string;
  imported: string;
  kind: 'fill' | 'conflict';
}

export interface PreviewEntryView {
  id: string;
  where: string;
  /** The record's English name or summary, to recognise it by. */
  label: string;
  differences: DifferenceView[];
  sameNameAs?: string;
  restrictedIntoPublic: boolean;
  /** What applying does without a choice: apply it, or keep what is held. The UI offers "replace" on conflicts. */
  byDefault: 'apply' | 'keep' | 'nothing';
}

export interface PreviewGroupView {
  status: PreviewStatus;
  entries: PreviewEntryView[];
}

export function previewGroups(preview: ImportPreview, result: ImportResult): PreviewGroupView[] {
  const labels = new Map(result.records.map((record) => [record.id, labelOf(record.feature.properties)]));
  return PREVIEW_STATUSES.map((status) => ({
    status,
    entries: preview.entries
      .filter((entry) => entry.status === status)
      .map((entry) => ({
        id: entry.id,
        where: entry.where,
        label: labels.get(entry.id) ?? entry.id,
        differences: entry.differences.map((item) => ({ field: item.field, held: displayValue(item.held), imported: displayValue(item.imported), kind: item.kind })),
        ...(entry.sameNameAs === undefined ? {} : { sameNameAs: entry.sameNameAs }),
        restrictedIntoPublic: entry.restrictedIntoPublic === true,
        byDefault: status === 'unchanged' ? 'nothing' : status === 'conflicting' || entry.restrictedIntoPublic ? 'keep' : 'apply',
      })),
  }));
}

/** The choices for applyImport from the conflicts the person ticked "replace". */
export function applyChoicesFrom(replaced: Iterable<string>): ApplyChoices {
  const ids = new Set(replaced);
  return { replace: ids.size === 0 ? 'none' : ids };
}

/** What applying does with the person's choices: records added, filled in, and held values replaced. */
export function applyCounts(preview: ImportPreview, replaced: ReadonlySet<string>): { added: number; changed: number; replaced: number } {
  const open = preview.entries.filter((entry) => !entry.restrictedIntoPublic);
  return {
    added: open.filter((entry) => entry.status === 'added').length,
    changed: open.filter((entry) => entry.status === 'changed').length,
    replaced: open.filter((entry) => entry.status === 'conflicting' && replaced.has(entry.id)).length,
  };
}

export interface ProblemSummary {
  errors: number;
  warnings: number;
  /** Problems about the file as a whole (no row). */
  file: ImportProblem[];
  /** Problems by row, in file order. */
  byRow: { where: string; problems: ImportProblem[] }[];
}

export function problemSummary(problems: readonly ImportProblem[]): ProblemSummary {
  const byRow = new Map<string, ImportProblem[]>();
  const file: ImportProblem[] = [];
  for (const problem of problems) {
    if (problem.where === undefined) file.push(problem);
    else byRow.set(problem.where, [...(byRow.get(problem.where) ?? []), problem]);
  }
  const errors = problems.filter((problem) => problem.level === 'error').length;
  return { errors, warnings: problems.length - errors, file, byRow: [...byRow].map(([where, list]) => ({ where, problems: list })) };
}

function labelOf(properties: Record<string, unknown>): string {
  const text = (properties.name ?? properties.summary) as { en?: unknown } | undefined;
  return typeof text?.en === 'string' ? text.en : String(properties.id ?? '');
}

/** A held or imported value as text: a point as "lat, lon", a list joined, nothing as "". */
export function displayValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.length === 2 && value.every((item) => typeof item === 'number') ? `${value[1]}, ${value[0]}` : value.join('; ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
