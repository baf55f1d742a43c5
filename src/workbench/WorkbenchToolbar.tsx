/** Tracing tools (polygon kinds drawn corner by corner or as rectangles), delete, undo and redo, plain GeoJSON in and out, and whether the last edit is saved. */
import { useTranslation } from 'react-i18next';
import { KIND_GEOMETRY } from '../domain/workbench/newRecords';
import { useWorkCore, useWorkStore } from '../store/workStore';
import { SegmentedControl } from '../ui/SegmentedControl';
import type { PolygonShape, Tool } from './map/drawTools';
import { deleteSelected } from './deleteSelected';
import { ImportButton } from './importDialog/ImportButton';
import { PlainGeoJsonTools } from './PlainGeoJsonTools';
import { SaveIndicator } from './SaveIndicator';
import { useWorkbenchUi } from './workbenchUiStore';

const TOOLS: Tool[] = ['select', 'site', 'building', 'room', 'opening', 'fixture', 'violation'];
const SHAPES: PolygonShape[] = ['polygon', 'rectangle'];

export function WorkbenchToolbar() {
  const { t } = useTranslation();
  const { tool, setTool, shape, setShape } = useWorkbenchUi();
  const core = useWorkCore();
  const history = useWorkStore((state) => state.history);
  const selection = useWorkStore((state) => state.selection);
  const drawsPolygons = tool !== 'select' && tool !== 'pick' && tool !== 'violation' && KIND_GEOMETRY[tool] === 'Polygon';
  return (
    <div className="workbench-toolbar">
      <div role="toolbar" aria-label={t('workbench.tools')} className="workbench-tools">
        {TOOLS.map((item) => (
          <button key={item} type="button" aria-pressed={tool === item} onClick={() => setTool(item)}>
            {t(`workbench.tool.${item}`)}
          </button>
        ))}
      </div>
      {drawsPolygons && (
        <SegmentedControl
          label={t('benchtools.shape.label')}
          options={SHAPES}
          value={shape}
          text={(option) => (option === 'polygon' ? t('benchtools.shape.polygon') : t('benchtools.shape.rectangle'))}
          onChange={setShape}
        />
      )}
      <button type="button" onClick={() => deleteSelected(core)} disabled={!selection}>
        {t('workbench.delete')}
      </button>
      <button type="button" onClick={core.undo} disabled={history.past.length === 0} aria-keyshortcuts="Control+Z">
        {t('workbench.undo')}
      </button>
      <button type="button" onClick={core.redo} disabled={history.future.length === 0} aria-keyshortcuts="Control+Shift+Z">
        {t('workbench.redo')}
      </button>
      <ImportButton />
      <PlainGeoJsonTools />
      <SaveIndicator />
    </div>
  );
}
