/**
 * The map's export: the facilities the search and filters show, with their public violations, in a format the
 * field's tools read, as a download. Public data only: the selection applies the public gate's rule to every
 * source (exactly "public", not flagged, never an interview), so no restricted record or source leaves the app.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportFormat } from '../../domain/formats/formatTypes';
import { useDatasetStore } from '../../store/datasetStore';
import { useSessionStore } from '../../store/sessionStore';
import { SegmentedControl } from '../SegmentedControl';
import { SidebarSection } from '../SidebarSection';
import { downloadText } from './downloadText';
import { BUNDLED_PROVINCE_ATTRIBUTION } from './provinceAttribution';
import './exportSection.css';

export function ExportSection() {
  const { t } = useTranslation();
  const dataset = useDatasetStore((state) => state.dataset);
  const filter = useSessionStore((state) => state.filter);
  const [format, setFormat] = useState<ExportFormat>('geojson');
  const [withViolations, setWithViolations] = useState(true);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const names = (option: ExportFormat) => t(`formatsui.format.${option}`);
  // Uwazi imports one template a file: its CSV holds the facilities alone.
  const oneTemplate = format === 'uwazi-csv';

  const run = async () => {
    if (!dataset) return;
    setBusy(true);
    setOutcome(null);
    try {
      // The writers (papaparse, tokml, xmldom) load with the first export, not with the map.
      const { exportDataset } = await import('../../domain/formats/export/exportFile');
      const contents = withViolations && !oneTemplate ? 'all' : 'facilities';
      const file = exportDataset(dataset, format, { filter, contents, restricted: false }, { exportedAt: new Date().toISOString(), provinces: BUNDLED_PROVINCE_ATTRIBUTION });
      downloadText(file.fileName, file.text, file.mediaType);
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
      <p>{t('formatsui.export.what')}</p>
      <SegmentedControl label={t('formatsui.export.format')} options={EXPORT_FORMATS} value={format} text={names} onChange={setFormat} className="export-formats" />
      <label className="inline">
        <input type="checkbox" checked={withViolations && !oneTemplate} disabled={oneTemplate} onChange={(event) => setWithViolations(event.target.checked)} /> {t('formatsui.export.withViolations')}
      </label>
      {oneTemplate && <p className="hint">{t('formatsui.export.oneTemplate')}</p>}
      <p className="hint">{t('formatsui.export.publicOnly')}</p>
      <button type="button" onClick={() => void run()} disabled={busy || !dataset}>
        {t('formatsui.export.download', { format: names(format) })}
      </button>
      <p role="status" className="export-outcome">
        {outcome?.ok ? outcome.text : ''}
      </p>
      {outcome && !outcome.ok && <p role="alert">{outcome.text}</p>}
    </SidebarSection>
  );
}
