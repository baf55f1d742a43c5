/**
 * Plain GeoJSON in and out, as geojson.io and Placemark offer it: paste features into the work (a dialog with
 * a text box, or Ctrl+V anywhere outside a text field), through the same record checks as any import, as one
 * undoable step; download the traced shapes as a .geojson file (no source references: see plainGeoJson.ts).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanFeatureKind } from '../domain/enums';
import { pastedFeatures, plainGeoJson, type PastedResult } from '../domain/workbench/plainGeoJson';
import { ModalDialog } from '../protect/ModalDialog';
import { useWorkCore } from '../store/workStore';
import type { WorkCore } from '../store/workCore';

const POLYGON_KINDS: PlanFeatureKind[] = ['room', 'building', 'site'];

/** Adds what `text` holds; the words saying what happened. */
function paste(core: WorkCore, text: string, kind: PlanFeatureKind): PastedResult | null {
  const work = core.store.getState().work;
  if (!work) return null;
  const result = pastedFeatures(work, text, kind);
  if (result.change) core.apply(result.change, result.added[0] ? { select: { collection: 'features', id: result.added[0] } } : {});
  return result;
}

function download(core: WorkCore): void {
  const work = core.store.getState().work;
  if (!work) return;
  const blob = new Blob([`${JSON.stringify(plainGeoJson(work), null, 2)}\n`], { type: 'application/geo+json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${work.facilityId}-plan.geojson`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

export function PlainGeoJsonTools() {
  const { t } = useTranslation();
  const core = useWorkCore();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [kind, setKind] = useState<PlanFeatureKind>('room');
  const [result, setResult] = useState<PastedResult | null>(null);
  const report = result && (result.error ? t(`benchtools.paste.error.${result.error}`) : t('benchtools.paste.result', { count: result.added.length }));

  // Ctrl+V outside a text field pastes GeoJSON straight into the work, as in Placemark.
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
      const clipboard = event.clipboardData?.getData('text/plain') ?? '';
      if (!clipboard.trim().startsWith('{')) return;
      const pasted = paste(core, clipboard, 'room');
      if (pasted?.error) return;
      event.preventDefault();
      setResult(pasted);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [core]);

  return (
    <>
      <button type="button" onClick={() => (setResult(null), setOpen(true))}>
        {t('benchtools.paste.open')}
      </button>
      <button type="button" onClick={() => download(core)}>
        {t('benchtools.download')}
      </button>
      {!open && report && (
        <span role="status" className="paste-report">
          {report}
        </span>
      )}
      <ModalDialog open={open} busy={false} label={t('benchtools.paste.heading')} onCancel={() => setOpen(false)}>
        <h2>{t('benchtools.paste.heading')}</h2>
        <label className="field">
          {t('benchtools.paste.text')}
          <textarea rows={10} cols={60} value={text} onChange={(event) => setText(event.target.value)} spellCheck={false} />
        </label>
        <label className="field">
          {t('benchtools.paste.kind')}
          <select value={kind} onChange={(event) => setKind(event.target.value as PlanFeatureKind)}>
            {POLYGON_KINDS.map((option) => (
              <option key={option} value={option}>
                {t(`workbench.tool.${option}`)}
              </option>
            ))}
          </select>
        </label>
        {report && <p role="status">{report}</p>}
        {result && result.refused.length > 0 && (
          <ul aria-label={t('benchtools.paste.refused')}>
            {result.refused.map((item) => (
              <li key={item.number}>{t('benchtools.paste.refusedFeature', { number: item.number, reasons: item.reasons.join('; ') })}</li>
            ))}
          </ul>
        )}
        <p className="dialog-actions">
          <button
            type="button"
            onClick={() => {
              const pasted = paste(core, text, kind);
              setResult(pasted);
              if (pasted && !pasted.error && pasted.refused.length === 0) setOpen(false);
            }}
          >
            {t('benchtools.paste.add')}
          </button>{' '}
          <button type="button" onClick={() => setOpen(false)}>
            {t('benchtools.paste.close')}
          </button>
        </p>
      </ModalDialog>
    </>
  );
}
