import { useTranslation } from 'react-i18next';

/** From this zoom the offline basemap is an empty field around a facility. */
const FACILITY_ZOOM = 12;

/** Close up with no imagery: a short hint, and a button that opens the imagery choice. */
export function ImageryHint({ zoom }: { zoom: number }) {
  const { t } = useTranslation();
  if (zoom < FACILITY_ZOOM) return null;
  const openChoice = (button: HTMLElement) => {
    const panel = button.closest('.map-column, .workbench-body')?.querySelector<HTMLDetailsElement>('details.imagery-panel');
    if (!panel) return;
    panel.open = true;
    panel.querySelector('select')?.focus();
  };
  return (
    <div className="imagery-hint" role="note">
      <span>{t('map.imageryHint')}</span>
      <button type="button" onClick={(event) => openChoice(event.currentTarget)}>
        {t('map.imageryHintButton')}
      </button>
    </div>
  );
}
