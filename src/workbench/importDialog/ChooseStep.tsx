/** The first step: what the file holds, whether it is public, and the file itself (chosen or dropped). */
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RECORD_KINDS, type RecordKind } from '../../domain/formats/formatTypes';
import { SegmentedControl } from '../../ui/SegmentedControl';

interface Props {
  kind: RecordKind;
  publicImport: boolean;
  onKind: (kind: RecordKind) => void;
  onPublic: (publicImport: boolean) => void;
  onFile: (file: File) => void;
  encoding: string;
  onEncoding: (encoding: string) => void;
  /** A file is chosen: the step takes less room, so the file's rows show without scrolling. */
  compact: boolean;
}

// .age: one of the app's encrypted exports, decrypted with its passphrase before it is read.
const ACCEPTED = '.csv,.tsv,.txt,.json,.geojson,.kml,.kmz,.age';
/** Encodings a file from the field may be saved in besides UTF-8: Korean Windows (Excel's CSV), Western Windows. */
const ENCODINGS = ['euc-kr', 'windows-1252'] as const;

export function ChooseStep({ kind, publicImport, onKind, onPublic, onFile, encoding, onEncoding, compact }: Props) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <div className={`import-choose${compact ? ' import-choose-compact' : ''}`}>
      <p aria-hidden="true">{t('formatsui.import.kindQuestion')}</p>
      <SegmentedControl label={t('formatsui.import.kindQuestion')} options={RECORD_KINDS} value={kind} text={(option) => t(`formatsui.kind.${option}`)} onChange={onKind} />
      <p className="import-restricted-note">{t('formatsui.import.restrictedByDefault')}</p>
      <label className="inline">
        <input type="checkbox" checked={publicImport} onChange={(event) => onPublic(event.target.checked)} /> {t('formatsui.import.public')}
      </label>
      <div
        className={`import-drop${over ? ' import-drop-over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <label>
          {t('formatsui.import.file')}
          <input
            type="file"
            accept={ACCEPTED}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) onFile(file);
            }}
          />
        </label>
        {!compact && <p className="hint">{t('formatsui.import.drop')}</p>}
      </div>
      <label className="import-encoding">
        {t('formatsui.import.encoding')}
        <select value={encoding} onChange={(event) => onEncoding(event.target.value)}>
          <option value="">{t('formatsui.import.encodingDefault')}</option>
          {ENCODINGS.map((label) => (
            <option key={label} value={label}>
              {label.toUpperCase()}
            </option>
          ))}
        </select>
      </label>
      {!compact && <p className="hint">{t('formatsui.import.formats')}</p>}
    </div>
  );
}
