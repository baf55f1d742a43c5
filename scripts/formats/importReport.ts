/** What `npm run import` prints: the file, the mapping, the preview by group, the problems and a summary line. */
import type { ImportPreview } from '../../src/domain/formats/import/importPreview';
import type { ImportResult } from '../../src/domain/formats/import/runImport';
import type { AppliedImport } from '../../src/domain/formats/import/applyImport';
import type { ColumnMapping } from '../../src/domain/formats/mapping/importFields';
import { displayValue } from '../../src/domain/formats/view/previewGroups';
import type { Problem } from '../../src/domain/problems';

/** Lines of records listed per group before "… and N more". */
const LISTED = 20;

export function problemLine(problem: Problem & { where?: string }): string {
  const where = problem.where ?? problem.featureId;
  return `${problem.file}: ${where}: ${problem.level}: ${problem.message}${problem.hint ? ` (hint: ${problem.hint})` : ''}`;
}

export function importReport(result: ImportResult, preview: ImportPreview, mapping: ColumnMapping, contract: boolean, applied: AppliedImport | null): string {
  const lines = [
    `${result.fileName}: ${result.format ?? 'unreadable'}, SHA-256 ${result.sha256}`,
    `source ${result.source.id} (${result.source.visibility}): ${result.source.title}`,
    contract ? 'fields: read as they are (the file follows the data contract)' : `fields: ${Object.entries(mapping).map(([field, column]) => `${field} ← "${column}"`).join(', ') || 'none mapped'}`,
  ];
  if (result.otherKindRows > 0) lines.push(`${result.otherKindRows} rows of the other kind were left (import them with the other --kind)`);
  for (const status of ['added', 'changed', 'conflicting'] as const) {
    const entries = preview.entries.filter((entry) => entry.status === status);
    entries.slice(0, LISTED).forEach((entry) => {
      const changes = entry.differences.map((item) => `${item.field}: ${JSON.stringify(displayValue(item.held))} → ${JSON.stringify(displayValue(item.imported))}`).join('; ');
      const notes = [entry.sameNameAs && `same name as ${entry.sameNameAs}`, entry.restrictedIntoPublic && 'not applied: a restricted file does not change a published record (use --public if the file is public)'].filter(Boolean);
      lines.push(`${status} ${entry.id} (${entry.where})${changes ? `: ${changes}` : ''}${notes.length ? ` [${notes.join('; ')}]` : ''}`);
    });
    if (entries.length > LISTED) lines.push(`… and ${entries.length - LISTED} more ${status}`);
  }
  lines.push(...result.problems.map(problemLine));
  const { counts } = preview;
  const errors = result.problems.filter((problem) => problem.level === 'error').length;
  lines.push(
    `${result.rowsRead} rows read: ${counts.added} to add, ${counts.changed} to change, ${counts.unchanged} unchanged, ${counts.conflicting} conflicting; ${errors} errors, ${result.problems.length - errors} warnings`,
  );
  if (applied) {
    const kept = applied.kept.length > 0 ? `, ${applied.kept.length} kept as they were` : '';
    lines.push(`applied: ${applied.added.length} added, ${applied.changed.length} changed, ${applied.replaced.length} replaced${kept}`);
  } else {
    lines.push('nothing written (add --apply to merge into the dataset)');
  }
  return `${lines.join('\n')}\n`;
}
