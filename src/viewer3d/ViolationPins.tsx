/**
 * Violation pins: one THREE.Points object a category (one draw call each, however many pins), drawn on top of
 * walls so a pin inside a room is never hidden. Pins at one spot are stacked upwards, not drawn over each other.
 */
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry, CanvasTexture, Points, PointsMaterial, type Texture } from 'three';
import type { ViolationCategory } from '../domain/enums';
import type { ViolationPin } from '../domain/plan3d/violationPins';
import { CATEGORY_COLOURS } from './categoryColours';
import { toThree } from './geometry/axes';
import { hitsACountMarker } from './picking';

/** Height of the lowest pin above its floor, and the step between stacked pins, in metres. */
const PIN_LIFT = 1.2;
const PIN_STACK_STEP = 0.45;

export function pinPosition(pin: ViolationPin) {
  const [x, y, z] = pin.position;
  return toThree(x, y, z + PIN_LIFT + pin.stackIndex * PIN_STACK_STEP);
}

let discTexture: Texture | null = null;
function disc(): Texture {
  if (discTexture) return discTexture;
  const canvas = document.createElement('canvas');
  canvas.width = 64;
  canvas.height = 64;
  const context = canvas.getContext('2d');
  if (context) {
    context.beginPath();
    context.arc(32, 32, 26, 0, Math.PI * 2);
    context.fillStyle = '#ffffff';
    context.fill();
    context.lineWidth = 8;
    context.strokeStyle = '#111111';
    context.stroke();
  }
  discTexture = new CanvasTexture(canvas);
  return discTexture;
}

/** Every pin's material but its colour (a uniform: one shader program serves every category). */
const PIN_LOOK = { size: 22, sizeAttenuation: false, transparent: true, alphaTest: 0.4, depthTest: false } as const;

/**
 * Compiles the pins' shader program as the scene opens (and uploads their disc), with a hidden pin kept for as long as the scene: when every
 * room's pins are count markers, the first pins drawn are those of the room the reader opens, and compiling the
 * program then stalled that frame (~250 ms in software WebGL).
 */
function PinProgram() {
  const { gl, scene, camera } = useThree();
  useEffect(() => {
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(new Float32Array(3), 3));
    const material = new PointsMaterial({ ...PIN_LOOK, map: disc() });
    void gl.compileAsync(new Points(geometry, material), camera, scene);
    // And its disc uploaded, which the first room opened would otherwise wait on.
    gl.initTexture(disc());
    return () => {
      geometry.dispose();
      material.dispose();
    };
  }, [gl, scene, camera]);
  return null;
}

function CategoryPoints({ category, pins, onPick }: { category: ViolationCategory; pins: ViolationPin[]; onPick: (id: string) => void }) {
  const geometry = useMemo(() => {
    const positions = new Float32Array(pins.length * 3);
    pins.forEach((pin, index) => pinPosition(pin).toArray(positions, index * 3));
    const built = new BufferGeometry();
    built.setAttribute('position', new BufferAttribute(positions, 3));
    return built;
  }, [pins]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  return (
    <points
      geometry={geometry}
      name={`pins:${category}`}
      renderOrder={10}
      onClick={(event: ThreeEvent<MouseEvent>) => {
        const pin = event.index === undefined ? undefined : pins[event.index];
        if (!pin || hitsACountMarker(event)) return;
        event.stopPropagation();
        onPick(pin.violationId);
      }}
    >
      <pointsMaterial color={CATEGORY_COLOURS[category]} map={disc()} {...PIN_LOOK} />
    </points>
  );
}

export function ViolationPins({ byCategory, onPick }: { byCategory: Map<ViolationCategory, ViolationPin[]>; onPick: (id: string) => void }) {
  return (
    <group name="violation-pins">
      <PinProgram />
      {[...byCategory.entries()].map(([category, pins]) => (
        <CategoryPoints key={category} category={category} pins={pins} onPick={onPick} />
      ))}
    </group>
  );
}
