/**
 * The viewer's title bar — back to the map and the facility's name, the view's heading — and its tools, which float
 * over the top of the model: how to look (one radio group), the whole facility (home view) and the guided tour.
 */
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { VIEW_MODES, type ViewMode } from '../store/urlState';
import { SegmentedControl } from '../ui/SegmentedControl';

export const ViewerHeader = forwardRef<HTMLHeadingElement, { name: string; onBack: () => void }>(function ViewerHeader({ name, onBack }, heading) {
  const { t } = useTranslation();
  return (
    <div className="viewer-header">
      <button type="button" className="viewer-back" onClick={onBack}>
        <span aria-hidden="true">←</span> {t('viewer.backToMap')}
      </button>
      <h2 id="viewer-heading" ref={heading} tabIndex={-1} data-view-heading>
        {name}
      </h2>
    </div>
  );
});

interface ToolsProps {
  viewMode: ViewMode;
  touring: boolean;
  canTour: boolean;
  onMode: (mode: ViewMode) => void;
  onHome: () => void;
  onTour: () => void;
}

export function ViewerTools({ viewMode, touring, canTour, onMode, onHome, onTour }: ToolsProps) {
  const { t } = useTranslation();
  return (
    <div className="viewer-tools" role="group" aria-label={t('viewer.tools')}>
      <SegmentedControl label={t('viewer.modes')} options={VIEW_MODES} value={viewMode} text={(mode) => t(`viewer.mode.${mode}`)} onChange={onMode} />
      <button type="button" className="viewer-home" onClick={onHome}>
        <span aria-hidden="true">⌂</span> <span className="tool-text">{t('viewer.home')}</span>
      </button>
      {canTour && (
        <button type="button" aria-pressed={touring} onClick={onTour}>
          {t('tour.button')}
        </button>
      )}
    </div>
  );
}
