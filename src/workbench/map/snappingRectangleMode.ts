/**
 * terra-draw's rectangle mode with the snapping its polygon mode has (1.35's rectangle mode has none): each corner,
 * while moving and on the click that places it, snaps to the nearest vertex, else edge, of the work's shapes within
 * the pointer distance. Only records are snapped to, so the rectangle being drawn never snaps to itself.
 */
import type { Position } from 'geojson';
import { TerraDrawRectangleMode, type TerraDrawMouseEvent } from 'terra-draw';
import { snapPointer } from '../../domain/geo/snapPointer';
import { recordOf } from './drawFeatures';

export class SnappingRectangleMode extends TerraDrawRectangleMode {
  private snapped(event: TerraDrawMouseEvent): TerraDrawMouseEvent {
    const paths: Position[][] = [];
    for (const feature of this.store.copyAll()) {
      if (!recordOf(feature.id ?? '')) continue;
      const { geometry } = feature;
      if (geometry.type === 'Polygon') paths.push(...geometry.coordinates);
      else if (geometry.type === 'LineString') paths.push(geometry.coordinates);
    }
    const snap = snapPointer({ x: event.containerX, y: event.containerY }, paths, this.project, this.pointerDistance);
    if (!snap) return event;
    const [lng = event.lng, lat = event.lat] = snap;
    const { x, y } = this.project(lng, lat);
    return { ...event, lng, lat, containerX: x, containerY: y };
  }

  override onClick(event: TerraDrawMouseEvent): void {
    super.onClick(this.snapped(event));
  }

  override onMouseMove(event: TerraDrawMouseEvent): void {
    super.onMouseMove(this.snapped(event));
  }

  override onDragStart(event: TerraDrawMouseEvent, setMapDraggability: (enabled: boolean) => void): void {
    super.onDragStart(this.snapped(event), setMapDraggability);
  }

  override onDrag(event: TerraDrawMouseEvent, setMapDraggability: (enabled: boolean) => void): void {
    super.onDrag(this.snapped(event), setMapDraggability);
  }

  override onDragEnd(event: TerraDrawMouseEvent, setMapDraggability: (enabled: boolean) => void): void {
    super.onDragEnd(this.snapped(event), setMapDraggability);
  }
}
