/** Tracing tools, delete, undo and redo, and whether the last edit is saved on this device. */
import { useTranslation } from 'react-i18next';
import { useWorkCore, useWorkStore } from '../store/workStore';
import type { Tool } from './map/drawTools';
import { deleteSelected } from './deleteSelected';
import { ImportButton } from './importDialog/ImportButton';
import { SaveIndicator } from './SaveIndicator';
import { useWorkbenchUi } from './workbenchUiStore';

const TOOLS: Tool[] = ['select', 'site', 'building', 'room', 'opening', 'fixture', 'violation'];

export function WorkbenchToolbar() {
  const { t } = useTranslation();
  const { tool, setTool } = useWorkbenchUi();
  const core = useWorkCore();
  const history = useWorkStore((state) => state.history);
  const selection = useWorkStore((state) => state.selection);
  return (
    <div className="workbench-toolbar">
      <div role="toolbar" aria-label={t('workbench.tools')} className="workbench-tools">
        {TOOLS.map((item) => (
          <button key={item} type="button" aria-pressed={tool === item} onClick={() => setTool(item)}>
            {t(`workbench.tool.${item}`)}
          </button>
        ))}
      </div>
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
      <SaveIndicator />
    </div>
  );
}
