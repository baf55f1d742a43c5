/**
 * The workbench's own view state (not part of the work, not persisted as an edit): the active tool and how
 * polygons are drawn, the diagram being placed and a pending image point waiting for its map point, a request
 * to bring a diagram into view, and the shape being drawn (for the live measures).
 */
import type { Geometry } from 'geojson';
import { create } from 'zustand';
import type { ImagePoint, LonLat } from '../domain/workbench/workTypes';
import type { PolygonShape, Tool } from './map/drawTools';

interface WorkbenchUiState {
  tool: Tool;
  shape: PolygonShape;
  /** The diagram open in the georeferencer beside the map, if any. */
  placing: string | null;
  /** The diagram whose move, rotate and scale handles are on the map, if any. */
  cornersOf: string | null;
  /** A control point waiting for its map position: which diagram and the image point already chosen. */
  pendingPoint: { diagramId: string; image: ImagePoint } | null;
  /** Corners to bring into view (a new object each time, so the same place can be asked for twice). */
  zoomRequest: { corners: LonLat[] } | null;
  /** The shape being drawn, while one is. */
  drawing: Geometry | null;
  setTool: (tool: Tool) => void;
  setShape: (shape: PolygonShape) => void;
  place: (diagramId: string | null) => void;
  editCorners: (diagramId: string | null) => void;
  awaitMapPoint: (pending: { diagramId: string; image: ImagePoint } | null) => void;
  zoomTo: (corners: LonLat[]) => void;
  setDrawing: (geometry: Geometry | null) => void;
}

export const useWorkbenchUi = create<WorkbenchUiState>()((set) => ({
  tool: 'select',
  shape: 'polygon',
  placing: null,
  cornersOf: null,
  pendingPoint: null,
  zoomRequest: null,
  drawing: null,
  setTool: (tool) => set({ tool, drawing: null, ...(tool === 'pick' ? {} : { pendingPoint: null }) }),
  setShape: (shape) => set({ shape }),
  place: (placing) => set({ placing, cornersOf: null, pendingPoint: null, ...(placing ? {} : { tool: 'select' }) }),
  editCorners: (cornersOf) => set({ cornersOf }),
  awaitMapPoint: (pendingPoint) => set({ pendingPoint, tool: pendingPoint ? 'pick' : 'select' }),
  zoomTo: (corners) => set({ zoomRequest: { corners } }),
  setDrawing: (drawing) => set({ drawing }),
}));
