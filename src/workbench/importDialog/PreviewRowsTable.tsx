/** The first rows of the file as the mapping makes them: what each record would hold, or why it would be left out. */
import { useTranslation } from 'react-i18next';
import type { RecordKind } from '../../domain/formats/formatTypes';
import type { PreviewRow } from '../../domain/formats/view/previewRows';

const COLUMNS = {
  facilities: ['id', 'name.en', 'name.ko', 'type', 'location'],
  violations: ['id', 'facilityId', 'category', 'summary.en', 'location'],
} as const;

export function PreviewRowsTable({ kind, rows }: { kind: RecordKind; rows: readonly PreviewRow[] }) {
  const { t } = useTranslation();
  return (
    <div className="import-rows">
      <table aria-label={t('formatsui.import.firstRows', { count: rows.length })}>
        <thead>
          <tr>
            <th scope="col">{t('formatsui.import.row')}</th>
            {COLUMNS[kind].map((column) => (
              <th key={column} scope="col">
                {column === 'location' ? t('formatsui.import.location') : t(`formatsui.field.${column}`)}
              </th>
            ))}
            <th scope="col">{t('formatsui.import.rowState')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.where} className={row.ok ? undefined : 'import-row-refused'}>
              <th scope="row">{row.where}</th>
              {COLUMNS[kind].map((column) => (
                <td key={column}>{row.values[column] ?? ''}</td>
              ))}
              <td>
                {row.ok && row.problems.length === 0 && t('formatsui.import.rowOk')}
                {row.problems.map((problem, index) => (
                  <p key={index} className={`problem-${problem.level}`}>
                    <span className="problem-level">{t(`problems.${problem.level}`)}</span> {problem.message}
                    {problem.hint && ` ${t('formatsui.problem.todo', { hint: problem.hint })}`}
                  </p>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
