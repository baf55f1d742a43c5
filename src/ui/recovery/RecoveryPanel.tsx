/**
 * What a page that failed offers: export everything this browser holds, as stored (the work is never lost with
 * the page), and remove each broken record found in storage — set aside through the workbench's store (works) or
 * the interview storage (sessions), never deleted — after which the page is tried again.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createWebLocks } from '../../persistence/facilityLocks';
import { findBroken, type BrokenItem } from '../../persistence/findBroken';
import { createIndexedDbStorage } from '../../persistence/indexedDbStorage';
import { createInterviewStorage } from '../../persistence/interviewStorage';
import { rawJson, readEverything } from '../../persistence/rawExport';
import { repairStoredWork } from '../../store/editClosedWork';
import { useDatasetStore } from '../../store/datasetStore';
import './recovery.css';

const storage = createIndexedDbStorage();
const interviews = createInterviewStorage();
const locks = createWebLocks();
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function download(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export default function RecoveryPanel({ error, onRecovered }: { error: unknown; onRecovered: () => void }) {
  const { t } = useTranslation();
  const facilities = useDatasetStore((state) => state.dataset?.facilities);
  const [items, setItems] = useState<BrokenItem[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => void findBroken(storage).then(setItems, (failure: unknown) => (setItems([]), setMessage(t('recovery.scanFailed', { message: messageOf(failure) })))), [t]);

  const exportRaw = async () => {
    try {
      const exportedAt = new Date().toISOString();
      const name = `facility-atlas-raw-${exportedAt.slice(0, 19).replace(/[:T]/g, '-')}.json`;
      download(rawJson(await readEverything(exportedAt)), name);
      setMessage(t('recovery.exported', { name }));
    } catch (failure) {
      setMessage(t('recovery.exportFailed', { message: messageOf(failure) }));
    }
  };
  const remove = async (item: BrokenItem) => {
    setBusy(true);
    setMessage(t('recovery.removing'));
    const at = new Date().toISOString();
    const problem =
      item.kind === 'work'
        ? await repairStoredWork(item.facilityId, storage, locks)
        : await interviews.setAsideSession(item.id, item.problems.join('; '), at).then(() => null, messageOf);
    setBusy(false);
    if (problem === null) onRecovered();
    else setMessage(t('recovery.removeFailed', { message: problem }));
  };
  const name = (facilityId: string) => facilities?.find((facility) => facility.id === facilityId)?.name.en ?? facilityId;

  return (
    <section className="recovery" role="alert" aria-labelledby="recovery-heading">
      <h2 id="recovery-heading">{t('recovery.heading')}</h2>
      <p>{t('recovery.intro')}</p>
      <p className="recovery-error">{t('recovery.error', { message: messageOf(error) })}</p>
      <button type="button" onClick={() => void exportRaw()}>
        {t('recovery.export')}
      </button>
      {items === null && <p role="status">{t('recovery.scanning')}</p>}
      {items?.length === 0 && <p>{t('recovery.none')}</p>}
      {items && items.length > 0 && (
        <ul aria-label={t('recovery.brokenList')}>
          {items.map((item) => (
            <li key={`${item.kind}:${item.kind === 'work' ? item.facilityId : item.id}`}>
              {item.kind === 'work' ? t('recovery.brokenWork', { facility: name(item.facilityId), problems: item.problems.join(' · ') }) : t('recovery.brokenSession', { id: item.id, problems: item.problems.join(' · ') })}{' '}
              <button type="button" disabled={busy} onClick={() => void remove(item)}>
                {t('recovery.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {message && <p role="status">{message}</p>}
      <button type="button" onClick={onRecovered}>
        {t('recovery.retry')}
      </button>
    </section>
  );
}
