/** Tracing tools, delete, undo and redo, and whether the last edit is saved on this device. */
import { useTranslation } from 'react-i18next';
import { useWorkStore } from '../store/workStore';
import type { Tool } from './map/drawTools';
import { deleteSelected } from './deleteSelected';
import { useWorkbenchUi } from './workbenchUiStore';

const TOOLS: Tool[] = ['select', 'site', 'building', 'room', 'opening', 'fixture', 'violation'];

export function WorkbenchToolbar() {
  const { t } = useTranslation();
  const { tool, setTool } = useWorkbenchUi();
  const { history, save, selection, undo, redo } = useWorkStore();
  return (
    <div className="workbench-toolbar">
      <div role="toolbar" aria-label={t('workbench.tools')} className="workbench-tools">
        {TOOLS.map((item) => (
          <button key={item} type="button" aria-pressed={tool === item} onClick={() => setTool(item)}>
            {t(`workbench.tool.${item}`)}
          </button>
        ))}
      </div>
      <button type="button" onClick={deleteSelected} disabled={!selection}>
        {t('workbench.delete')}
      </button>
      <button type="button" onClick={undo} disabled={history.past.length === 0} aria-keyshortcuts="Control+Z">
        {t('workbench.undo')}
      </button>
      <button type="button" onClick={redo} disabled={history.future.length === 0} aria-keyshortcuts="Control+Shift+Z">
        {t('workbench.redo')}
      </button>
      <span role="status" className={`save-state save-${save}`} data-save={save}>
        {t(`workbench.save.${save}`)}
      </span>
    </div>
  );
}
