/**
 * The import's outcome before anything is stored: records grouped by what applying would do (added, changed,
 * unchanged, in conflict), the rows left out and why, and what applying will do with the records held.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../domain/formats/import/importPreview';
import type { ImportResult } from '../../domain/formats/import/runImport';
import { previewGroups, problemSummary, type PreviewEntryView } from '../../domain/formats/view/previewGroups';
import { ImportProblems } from './ImportProblems';

/** Entries shown per group: the counts say how many more a large file holds. */
const SHOWN = 100;

interface Props {
  result: ImportResult;
  preview: ImportPreview;
  /** The conflicts the person chose to replace; absent when the import cannot replace held records (violations). */
  replacing?: { replaced: ReadonlySet<string>; onReplaced: (replaced: ReadonlySet<string>) => void; disabled: boolean };
}

export function PreviewStep({ result, preview, replacing }: Props) {
  const { t } = useTranslation();
  const groups = useMemo(() => previewGroups(preview, result), [preview, result]);
  const summary = useMemo(() => problemSummary(result.problems), [result]);
  const restricted = result.source.visibility !== 'public';
  return (
    <div className="import-result">
      <p>{t('formatsui.result.read', { file: result.fileName, rows: result.rowsRead, records: result.records.length })}</p>
      <p className={restricted ? 'import-restricted-note' : undefined}>{restricted ? t('formatsui.result.restricted') : t('formatsui.result.public')}</p>
      {result.otherKindRows > 0 && <p>{t('formatsui.result.otherKind', { count: result.otherKindRows })}</p>}
      <p>{t('formatsui.result.problems', { errors: summary.errors, warnings: summary.warnings })}</p>
      <ImportProblems problems={result.problems} label={t('formatsui.result.problemList')} />
      {groups
        .filter((group) => group.entries.length > 0)
        .map((group) => (
          <section key={group.status} aria-label={t(`formatsui.status.${group.status}`, { count: group.entries.length })}>
            <h3>{t(`formatsui.status.${group.status}`, { count: group.entries.length })}</h3>
            {replacing && group.status === 'conflicting' && <ReplaceAll entries={group.entries} {...replacing} />}
            <ul className="import-entries">
              {group.entries.slice(0, SHOWN).map((entry) => (
                <li key={entry.id}>
                  <strong>{entry.label}</strong> <span className="hint">({entry.id}, {entry.where})</span>
                  {entry.differences.map((difference) => (
                    <div key={difference.field} className="import-difference">
                      {t('formatsui.result.difference', { field: difference.field, held: difference.held || '—', imported: difference.imported })}
                    </div>
                  ))}
                  {entry.sameNameAs && <div className="hint">{t('formatsui.result.sameName', { id: entry.sameNameAs })}</div>}
                  {entry.restrictedIntoPublic && <div className="hint">{t('formats3.preview.restrictedIntoPublic')}</div>}
                  {replacing && group.status === 'conflicting' && !entry.restrictedIntoPublic ? (
                    <ReplaceOne id={entry.id} label={entry.label} {...replacing} />
                  ) : (
                    entry.byDefault === 'keep' && !entry.restrictedIntoPublic && <div className="hint">{t('formatsui.result.kept')}</div>
                  )}
                </li>
              ))}
            </ul>
            {group.entries.length > SHOWN && <p className="hint">{t('formatsui.problem.more', { count: group.entries.length - SHOWN })}</p>}
          </section>
        ))}
    </div>
  );
}

type Replacing = NonNullable<Props['replacing']>;

/** One conflict: keep what is held (the default) or take the file's values. */
function ReplaceOne({ id, label, replaced, onReplaced, disabled }: Replacing & { id: string; label: string }) {
  const { t } = useTranslation();
  const toggle = (on: boolean) => {
    const next = new Set(replaced);
    if (on) next.add(id);
    else next.delete(id);
    onReplaced(next);
  };
  return (
    <label className="inline">
      <input type="checkbox" checked={replaced.has(id)} disabled={disabled} onChange={(event) => toggle(event.target.checked)} /> {t('formats3.preview.replaceOne', { name: label })}
    </label>
  );
}

/** Every conflict at once (those a restricted file may not change stay as held). */
function ReplaceAll({ entries, replaced, onReplaced, disabled }: Replacing & { entries: readonly PreviewEntryView[] }) {
  const { t } = useTranslation();
  const open = entries.filter((entry) => !entry.restrictedIntoPublic).map((entry) => entry.id);
  if (open.length === 0) return null;
  const all = open.every((id) => replaced.has(id));
  return (
    <label className="inline">
      <input type="checkbox" checked={all} disabled={disabled} onChange={(event) => onReplaced(new Set(event.target.checked ? open : []))} /> {t('formats3.preview.replaceAll', { count: open.length })}
    </label>
  );
}
