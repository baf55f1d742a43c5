/**
 * One marker with a number where a room holds more pins than MARKER_THRESHOLD (domain/plan3d/countMarkers): a disc with the count, drawn over walls like the pins. Choosing it chooses its room.
 */
import type { ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { CanvasTexture, SRGBColorSpace } from 'three';
import type { CountMarker } from '../domain/plan3d/countMarkers';
import { toThree } from './geometry/axes';
import { COUNT_MARKER_PREFIX } from './picking';

/** On screen, in pixels of the texture drawn (a sprite of fixed screen size, like the pins). */
const TEXTURE_SIZE = 128;
/** The marker's size as a share of the screen's height. */
const SCREEN_SHARE = 0.06;
const LIFT_M = 1.6;

/** Where a marker stands in three's frame: above its room's floor, a little higher than the pins. */
export function markerPosition(marker: CountMarker) {
  const [x, y, z] = marker.position;
  return toThree(x, y, z + LIFT_M);
}

function countTexture(count: number, locale: string): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = TEXTURE_SIZE;
  canvas.height = TEXTURE_SIZE;
  const context = canvas.getContext('2d');
  if (context) {
    const middle = TEXTURE_SIZE / 2;
    context.beginPath();
    context.arc(middle, middle, middle - 6, 0, Math.PI * 2);
    context.fillStyle = '#fff4d6';
    context.fill();
    context.lineWidth = 8;
    context.strokeStyle = '#111111';
    context.stroke();
    const text = count.toLocaleString(locale);
    context.fillStyle = '#111111';
    context.font = `bold ${text.length > 4 ? 30 : text.length > 3 ? 36 : 44}px system-ui, sans-serif`;
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.fillText(text, middle, middle + 2);
  }
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  return texture;
}

function Marker({ marker, locale, onSelectRoom }: { marker: CountMarker; locale: string; onSelectRoom: (roomId: string) => void }) {
  const texture = useMemo(() => countTexture(marker.count, locale), [marker.count, locale]);
  useEffect(() => () => texture.dispose(), [texture]);
  return (
    <sprite
      name={`${COUNT_MARKER_PREFIX}${marker.key}`}
      position={markerPosition(marker)}
      scale={[SCREEN_SHARE, SCREEN_SHARE, 1]}
      renderOrder={11}
      onClick={(event: ThreeEvent<MouseEvent>) => {
        if (marker.roomId === null) return;
        event.stopPropagation();
        onSelectRoom(marker.roomId);
      }}
    >
      <spriteMaterial map={texture} sizeAttenuation={false} depthTest={false} transparent alphaTest={0.4} />
    </sprite>
  );
}

export function CountMarkers({ markers, locale, onSelectRoom }: { markers: readonly CountMarker[]; locale: string; onSelectRoom: (roomId: string) => void }) {
  return (
    <group name="count-markers">
      {markers.map((marker) => (
        <Marker key={marker.key} marker={marker} locale={locale} onSelectRoom={onSelectRoom} />
      ))}
    </group>
  );
}
