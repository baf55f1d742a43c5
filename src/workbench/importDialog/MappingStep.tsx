/**
 * The mapping step: the detected format, which column fills each field (with a few of its values), a one-click
 * swap of latitude and longitude, and the first rows as the mapping makes them, with why a row would be left out.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordKind } from '../../domain/formats/formatTypes';
import type { ImportInspection } from '../../domain/formats/import/inspectImport';
import type { ColumnMapping, ImportField } from '../../domain/formats/mapping/importFields';
import { mappingView, swapCoordinates, withColumn } from '../../domain/formats/view/mappingView';
import { previewRows } from '../../domain/formats/view/previewRows';
import type { Dataset } from '../../domain/types';
import { ImportProblems } from './ImportProblems';
import { PreviewRowsTable } from './PreviewRowsTable';

interface Props {
  kind: RecordKind;
  inspection: ImportInspection;
  mapping: ColumnMapping;
  contract: boolean;
  existing: Dataset;
  publicImport: boolean;
  onMapping: (mapping: ColumnMapping) => void;
}

export function MappingStep({ kind, inspection, mapping, contract, existing, publicImport, onMapping }: Props) {
  const { t } = useTranslation();
  const view = useMemo(() => mappingView(kind, inspection, mapping, contract), [kind, inspection, mapping, contract]);
  const rows = useMemo(() => previewRows(kind, inspection, mapping, contract, existing, publicImport), [kind, inspection, mapping, contract, existing, publicImport]);
  const fileProblems = inspection.problems.filter((problem) => problem.where === undefined);
  const fieldName = (field: ImportField) => t(`formatsui.field.${field}`);
  return (
    <div className="import-mapping">
      <p>
        {t('formatsui.import.detected', {
          file: inspection.fileName,
          format: inspection.format ? t(`formatsui.format.${inspection.format}`) : t('formatsui.import.unknownFormat'),
        })}
      </p>
      <ImportProblems problems={fileProblems} label={t('formatsui.import.fileProblems')} />
      {!view.unreadable && view.contract && <p>{t('formatsui.import.contract')}</p>}
      {!view.unreadable && <PreviewRowsTable kind={kind} rows={rows} />}
      {!view.unreadable && !view.contract && (
        <div className="import-fixes">
          <button type="button" onClick={() => onMapping(swapCoordinates(mapping))} disabled={!mapping.latitude && !mapping.longitude}>
            {t('formatsui.import.swap')}
          </button>
          {view.missing.length > 0 && <p role="alert">{t('formatsui.import.missing', { fields: view.missing.map(fieldName).join(', ') })}</p>}
        </div>
      )}
      {!view.unreadable && !view.contract && (
        <fieldset className="import-columns">
          <legend>{t('formatsui.import.mapping')}</legend>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('formatsui.import.field')}</th>
                <th scope="col">{t('formatsui.import.column')}</th>
                <th scope="col">{t('formatsui.import.samples')}</th>
              </tr>
            </thead>
            <tbody>
              {view.fields.map((item) => (
                <tr key={item.field}>
                  <th scope="row">
                    <label htmlFor={`import-field-${item.field}`}>
                      {fieldName(item.field)}
                      {item.required && <abbr title={t('formatsui.import.required')}> *</abbr>}
                    </label>
                  </th>
                  <td>
                    <select id={`import-field-${item.field}`} value={item.column ?? ''} onChange={(event) => onMapping(withColumn(mapping, item.field, event.target.value === '' ? null : event.target.value))}>
                      <option value="">{t('formatsui.import.noColumn')}</option>
                      {view.columns.map((column) => (
                        <option key={column} value={column}>
                          {column}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="import-samples">{item.samples.join(' · ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {view.notes.length > 0 && (
            <ul aria-label={t('formatsui.import.notes')} className="import-notes">
              {view.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
        </fieldset>
      )}
    </div>
  );
}

/** Whether the import can run with this mapping (the file reads, and every required field has a column). */
export function canImport(kind: RecordKind, inspection: ImportInspection, mapping: ColumnMapping, contract: boolean): boolean {
  const view = mappingView(kind, inspection, mapping, contract);
  return !view.unreadable && view.missing.length === 0;
}
