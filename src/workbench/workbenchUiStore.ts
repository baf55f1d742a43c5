/**
 * The workbench's own view state (not part of the work, not persisted as an edit): the active tool, the
 * diagram being placed and a pending map click for a control point.
 */
import { create } from 'zustand';
import type { ImagePoint } from '../domain/workbench/workTypes';
import type { Tool } from './map/drawTools';

interface WorkbenchUiState {
  tool: Tool;
  /** The diagram whose corners are dragged on the map, if any. */
  cornersOf: string | null;
  /** A control point waiting for its map position: which diagram and the image point already chosen. */
  pendingPoint: { diagramId: string; image: ImagePoint } | null;
  setTool: (tool: Tool) => void;
  editCorners: (diagramId: string | null) => void;
  awaitMapPoint: (pending: { diagramId: string; image: ImagePoint } | null) => void;
}

export const useWorkbenchUi = create<WorkbenchUiState>()((set) => ({
  tool: 'select',
  cornersOf: null,
  pendingPoint: null,
  setTool: (tool) => set({ tool, ...(tool === 'pick' ? {} : { pendingPoint: null }) }),
  editCorners: (cornersOf) => set({ cornersOf }),
  awaitMapPoint: (pendingPoint) => set({ pendingPoint, tool: pendingPoint ? 'pick' : 'select' }),
}));
