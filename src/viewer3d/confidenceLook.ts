import type { Confidence } from '../domain/enums';

/** How opaque an element is drawn: illustrative ones are translucent, so what rests on no source shows at once. */
export function materialOpacity(confidence: Confidence): number {
  return confidence === 'illustrative' ? 0.45 : 1;
}
