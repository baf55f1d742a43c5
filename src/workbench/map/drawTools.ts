/**
 * terra-draw set up for tracing a plan: polygons or rectangles (site, building, room), lines (openings), points
 * (fixtures, violations) and a select mode to move, reshape and pick them. Polygons, rectangles (two clicks,
 * north-up), lines and reshaping snap to existing vertices and edges.
 * Deleting and undoing are the workbench's (through the edit funnel), so terra-draw's own keys for them are off.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import {
  TerraDraw,
  TerraDrawLineStringMode,
  TerraDrawPointMode,
  TerraDrawPolygonMode,
  TerraDrawSelectMode,
  type GeoJSONStoreFeatures,
  type HexColor,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { DrawingTool } from '../../domain/workbench/drawnChanges';
import { SnappingRectangleMode } from './snappingRectangleMode';

export type Tool = DrawingTool;
/** How a polygon kind is drawn: corner by corner, or as a rectangle by two opposite corners. */
export type PolygonShape = 'polygon' | 'rectangle';

export const TOOL_MODES: Record<Tool, string> = {
  select: 'select',
  pick: 'static',
  site: 'polygon',
  building: 'polygon',
  room: 'polygon',
  opening: 'linestring',
  fixture: 'point',
  violation: 'point',
};

/** The terra-draw mode for a tool, a polygon kind drawn as `shape`. */
export function modeFor(tool: Tool, shape: PolygonShape): string {
  const mode = TOOL_MODES[tool];
  return mode === 'polygon' && shape === 'rectangle' ? 'rectangle' : mode;
}

const KIND_COLOURS: Record<string, HexColor> = {
  site: '#d9b46b',
  building: '#c9d3d8',
  room: '#4fb3bf',
  opening: '#ffd166',
  fixture: '#f4a261',
  violation: '#e63946',
};

const colour = (feature: GeoJSONStoreFeatures): HexColor => KIND_COLOURS[String(feature.properties.kind)] ?? '#ffffff';
const SNAPPING = { toCoordinate: true, toLine: true };
const EDITABLE = { draggable: true, coordinates: { draggable: true, midpoints: true, deletable: true, snappable: SNAPPING } };

let drawn = 0;

export function createDraw(map: MaplibreMap): TerraDraw {
  return new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map }),
    idStrategy: {
      // Records keep "collection:id"; a shape being drawn gets a temporary id until it becomes a record.
      isValidId: (id) => typeof id === 'string' && id.length > 0,
      getId: () => `drawn:${(drawn += 1)}`,
    },
    modes: [
      new TerraDrawPolygonMode({
        snapping: SNAPPING,
        pointerDistance: 20,
        styles: { fillColor: colour, fillOpacity: 0.25, outlineColor: colour, outlineWidth: 2 },
      }),
      new SnappingRectangleMode({
        pointerDistance: 20,
        styles: { fillColor: '#4fb3bf', fillOpacity: 0.25, outlineColor: '#4fb3bf', outlineWidth: 2 },
      }),
      new TerraDrawLineStringMode({ snapping: SNAPPING, styles: { lineStringColor: colour, lineStringWidth: 4 } }),
      new TerraDrawPointMode({ styles: { pointColor: colour, pointWidth: 7, pointOutlineColor: '#111111', pointOutlineWidth: 2 } }),
      new TerraDrawSelectMode({
        keyEvents: { deselect: 'Escape', delete: null, rotate: null, scale: null },
        flags: { polygon: { feature: EDITABLE }, linestring: { feature: EDITABLE }, point: { feature: { draggable: true } } },
      }),
    ],
  });
}
