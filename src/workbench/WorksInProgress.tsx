/** Every facility with work kept on this device, so several reconstructions can be carried on side by side. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Facility } from '../domain/types';
import type { WorkStorage, WorkSummary } from '../persistence/workStorage';
import { useSessionStore } from '../store/sessionStore';
import { useWorkStore } from '../store/workStore';

export function WorksInProgress({ storage, facilities, current }: { storage: WorkStorage; facilities: readonly Facility[]; current: string }) {
  const { t } = useTranslation();
  const open = useSessionStore((state) => state.openWorkbench);
  const save = useWorkStore((state) => state.save);
  const [works, setWorks] = useState<WorkSummary[]>([]);
  useEffect(() => {
    // Read again after each save, so the list's counts follow the edits.
    if (save === 'saved' || save === 'idle') void storage.listWorks().then(setWorks, () => setWorks([]));
  }, [storage, save]);
  const others = works.filter((work) => work.facilityId !== current);
  if (others.length === 0) return null;
  const name = (id: string) => facilities.find((facility) => facility.id === id)?.name.en ?? id;
  return (
    <section aria-labelledby="wb-works">
      <h3 id="wb-works">{t('workbench.otherWorks')}</h3>
      <ul>
        {others.map((work) => (
          <li key={work.facilityId}>
            <button type="button" className="link-button" onClick={() => open(work.facilityId)}>
              {name(work.facilityId)}
            </button>{' '}
            <span className="source-kind">{t('workbench.workSummary', { features: work.features, violations: work.violations, updatedAt: work.updatedAt.slice(0, 16).replace('T', ' ') })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
