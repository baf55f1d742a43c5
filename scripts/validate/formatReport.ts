/** What the validate script prints: one line per problem and a summary, or the same as JSON. */
import type { Problem } from '../../src/domain/problems';

export interface Summary {
  files: number;
  records: number;
  errors: number;
  warnings: number;
}

export interface Report {
  files: string[];
  problems: Problem[];
  summary: Summary;
}

export function summarise(files: readonly string[], records: number, problems: readonly Problem[]): Summary {
  const errors = problems.filter((problem) => problem.level === 'error').length;
  return { files: files.length, records, errors, warnings: problems.length - errors };
}

/** `FILE: ID: error|warning: MESSAGE (hint: …)` per problem, then the summary line. */
export function formatText(report: Report): string {
  const lines = report.problems.map(
    (problem) =>
      `${problem.file}: ${problem.featureId}: ${problem.level}: ${problem.message}${problem.hint ? ` (hint: ${problem.hint})` : ''}`,
  );
  const { files, records, errors, warnings } = report.summary;
  lines.push(`${plural(files, 'file')}, ${plural(records, 'record')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  return `${lines.join('\n')}\n`;
}

export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
