/**
 * The map's export: the facilities the search and every filter show (the violation filters included: only the
 * violations that pass), in a format the field's tools read, as a download; the file says which filters made it.
 * A public export reads the published dataset alone and applies the public gate's rule to every source (exactly
 * "public", not flagged, never an interview). A restricted export — asked for by its own tick — also holds the
 * restricted records and the facilities imported on this device, is marked RESTRICTED in its name and content,
 * and is encrypted with a passphrase unless the person explicitly saves it as plain text.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportFormat } from '../../domain/formats/formatTypes';
import { protectFile, saveFile } from '../../protect/protectClient';
import { useExportProtection } from '../../protect/useExportProtection';
import { useDatasetStore } from '../../store/datasetStore';
import { useSessionStore } from '../../store/sessionStore';
import { SegmentedControl } from '../SegmentedControl';
import { SidebarSection } from '../SidebarSection';
import { downloadText } from './downloadText';
import { BUNDLED_PROVINCE_ATTRIBUTION } from './provinceAttribution';
import './exportSection.css';

export function ExportSection() {
  const { t } = useTranslation();
  const shownDataset = useDatasetStore((state) => state.dataset);
  const published = useDatasetStore((state) => state.bundled);
  const localCount = useDatasetStore((state) => state.localFacilityIds.size);
  const filter = useSessionStore((state) => state.filter);
  const evidence = useSessionStore((state) => state.evidence);
  const [format, setFormat] = useState<ExportFormat>('geojson');
  const [withViolations, setWithViolations] = useState(true);
  const [restricted, setRestricted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const { protectExport, dialog } = useExportProtection();
  const names = (option: ExportFormat) => t(`formatsui.format.${option}`);
  // Uwazi imports one template a file: its CSV holds the facilities alone.
  const oneTemplate = format === 'uwazi-csv';
  const dataset = restricted ? shownDataset : published;

  const run = async () => {
    if (!dataset) return;
    setBusy(true);
    setOutcome(null);
    try {
      // The writers (papaparse, tokml, xmldom) load with the first export, not with the map.
      const { exportDataset } = await import('../../domain/formats/export/exportFile');
      const contents = withViolations && !oneTemplate ? 'all' : 'facilities';
      const file = exportDataset(dataset, format, { filter, evidence, contents, restricted }, { exportedAt: new Date().toISOString(), provinces: BUNDLED_PROVINCE_ATTRIBUTION });
      if (restricted) {
        const saved = await protectExport(async (protection) => {
          const protectedFile = await protectFile({ name: file.fileName, bytes: new TextEncoder().encode(file.text) }, protection);
          saveFile(protectedFile, file.mediaType);
          return protectedFile.name;
        });
        if (saved === null) return;
        file.fileName = saved;
      } else {
        downloadText(file.fileName, file.text, file.mediaType);
      }
      const { facilities, violations, withheld } = file.selection;
      const left = withheld.facilities + withheld.violations + withheld.sourceRefs;
      const saved = t('formatsui.export.done', { file: file.fileName, facilities: facilities.length, violations: violations.length });
      setOutcome({ ok: true, text: left > 0 ? `${saved} ${t('formatsui.export.withheld', { facilities: withheld.facilities, violations: withheld.violations, references: withheld.sourceRefs })}` : saved });
    } catch (error) {
      setOutcome({ ok: false, text: t('formatsui.export.failed', { message: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <SidebarSection id="export" className="export-section" title={t('formatsui.export.heading')}>
      <p>{t('formats3.export.what')}</p>
      <SegmentedControl label={t('formatsui.export.format')} options={EXPORT_FORMATS} value={format} text={names} onChange={setFormat} className="export-formats" />
      <label className="inline">
        <input type="checkbox" checked={withViolations && !oneTemplate} disabled={oneTemplate} onChange={(event) => setWithViolations(event.target.checked)} /> {t('formatsui.export.withViolations')}
      </label>
      {oneTemplate && <p className="hint">{t('formatsui.export.oneTemplate')}</p>}
      <label className="inline">
        <input type="checkbox" checked={restricted} onChange={(event) => setRestricted(event.target.checked)} /> {t('formats3.export.restricted')}
      </label>
      {restricted ? <p className="export-restricted-note">{t('formats3.export.restrictedNote')}</p> : <p className="hint">{t('formats3.export.publicOnly', { count: localCount })}</p>}
      <button type="button" onClick={() => void run()} disabled={busy || !dataset}>
        {t(restricted ? 'formats3.export.downloadRestricted' : 'formatsui.export.download', { format: names(format) })}
      </button>
      <p role="status" className="export-outcome">
        {outcome?.ok ? outcome.text : ''}
      </p>
      {outcome && !outcome.ok && <p role="alert">{outcome.text}</p>}
      {dialog}
    </SidebarSection>
  );
}
