/**
 * How each facility type looks: a colour from a colour-blind-safe palette (Okabe–Ito, extended) and a distinct
 * shape, so types stay apart for readers who cannot tell the colours apart. Precision changes the fill:
 * a site point is filled, an approximate point is hollow.
 */
import type { FacilityType, Precision } from '../../domain/enums';

export type MarkerShape =
  | 'circle'
  | 'square'
  | 'diamond'
  | 'triangle'
  | 'triangleDown'
  | 'pentagon'
  | 'hexagon'
  | 'star'
  | 'plus'
  | 'cross'
  | 'ring';

export interface TypeStyle {
  colour: string;
  shape: MarkerShape;
}

export const TYPE_STYLES: Readonly<Record<FacilityType, TypeStyle>> = {
  political_prison_camp: { colour: '#D55E00', shape: 'star' },
  re_education_camp: { colour: '#E69F00', shape: 'hexagon' },
  labour_training_camp: { colour: '#F0E442', shape: 'triangleDown' },
  labour_training_centre: { colour: '#CC79A7', shape: 'triangle' },
  detention_centre: { colour: '#0072B2', shape: 'square' },
  holding_centre: { colour: '#56B4E9', shape: 'diamond' },
  waiting_room: { colour: '#009E73', shape: 'circle' },
  closed_detention_facility: { colour: '#882255', shape: 'pentagon' },
  office: { colour: '#9A9A9A', shape: 'plus' },
  relief_station: { colour: '#44AA99', shape: 'ring' },
  other: { colour: '#E8E8E8', shape: 'cross' },
};

/** Name of the map image for a type drawn at a precision, e.g. "facility-detention_centre-site". */
export function markerImageName(type: FacilityType, precision: Precision): string {
  return `facility-${type}-${precision === 'approximate' ? 'approximate' : 'site'}`;
}

/**
 * Outline of a shape as polygon vertices in a unit box centred on 0,0 (radius 1), for drawing on a canvas.
 * Circle and ring return null: they are drawn as arcs.
 */
export function shapeOutline(shape: MarkerShape): [number, number][] | null {
  const regular = (sides: number, rotation: number, radius = 1) =>
    Array.from({ length: sides }, (_, index): [number, number] => {
      const angle = rotation + (index * 2 * Math.PI) / sides;
      return [radius * Math.cos(angle), radius * Math.sin(angle)];
    });
  const up = -Math.PI / 2;
  switch (shape) {
    case 'circle':
    case 'ring':
      return null;
    case 'square':
      return regular(4, Math.PI / 4, 1.1);
    case 'diamond':
      return regular(4, up, 1.15);
    case 'triangle':
      return regular(3, up, 1.2);
    case 'triangleDown':
      return regular(3, -up, 1.2);
    case 'pentagon':
      return regular(5, up, 1.05);
    case 'hexagon':
      return regular(6, 0, 1.05);
    case 'star':
      return regular(10, up).map(([x, y], index) => (index % 2 === 0 ? [x * 1.2, y * 1.2] : [x * 0.5, y * 0.5]));
    case 'plus':
      return [[-0.35, -1], [0.35, -1], [0.35, -0.35], [1, -0.35], [1, 0.35], [0.35, 0.35], [0.35, 1], [-0.35, 1], [-0.35, 0.35], [-1, 0.35], [-1, -0.35], [-0.35, -0.35]];
    case 'cross':
      return [[-0.75, -1], [0, -0.25], [0.75, -1], [1, -0.75], [0.25, 0], [1, 0.75], [0.75, 1], [0, 0.25], [-0.75, 1], [-1, 0.75], [-0.25, 0], [-1, -0.75]];
  }
}
