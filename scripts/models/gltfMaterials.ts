/**
 * Materials of a generated model, made on first use so a model carries only those it needs. Floors, outlines
 * and fixtures take one per confidence; walls one per kind, with a translucent twin for illustrative walls —
 * as in the viewer, what rests on no source must look unsure in Blender or any glTF viewer too.
 */
import { ColorUtils, type Document, type Material, type vec4 } from '@gltf-transform/core';
import type { Confidence } from '../../src/domain/enums';
import type { WallKind } from '../../src/domain/plan3d/sceneTypes';

/** The viewer's opacity for illustrative elements (src/viewer3d/confidenceLook.ts). */
export const ILLUSTRATIVE_OPACITY = 0.45;

interface Look {
  /** sRGB, as designers write it; glTF stores linear factors. */
  colour: number;
  opacity: number;
  metallic: number;
}

const CONFIDENCE_LOOKS: Record<Confidence, Look> = {
  corroborated: { colour: 0x8c6d5a, opacity: 1, metallic: 0 },
  single_source: { colour: 0xa89a8c, opacity: 1, metallic: 0 },
  illustrative: { colour: 0xb8b0a6, opacity: ILLUSTRATIVE_OPACITY, metallic: 0 },
};

const WALL_LOOKS: Record<WallKind, Look> = {
  wall: { colour: 0xd8d2c4, opacity: 1, metallic: 0 },
  bars: { colour: 0x9aa3a8, opacity: 1, metallic: 0.6 },
  window: { colour: 0xd8d2c4, opacity: 0.6, metallic: 0 },
};

function createMaterial(document: Document, name: string, look: Look, doubleSided: boolean): Material {
  const factor = ColorUtils.hexToFactor<vec4>(look.colour, [0, 0, 0, look.opacity]);
  return document
    .createMaterial(name)
    .setBaseColorFactor(factor)
    .setAlphaMode(look.opacity < 1 ? 'BLEND' : 'OPAQUE')
    .setMetallicFactor(look.metallic)
    .setRoughnessFactor(0.9)
    .setDoubleSided(doubleSided);
}

export interface ModelMaterials {
  /** Floors and outlines are single surfaces, so these are double-sided: a floor seen from below stays visible. */
  confidence(confidence: Confidence): Material;
  wall(kind: WallKind, confidence: Confidence): Material;
}

export function modelMaterials(document: Document): ModelMaterials {
  const made = new Map<string, Material>();
  const once = (name: string, make: () => Material) => {
    const existing = made.get(name);
    if (existing) return existing;
    const material = make();
    made.set(name, material);
    return material;
  };
  return {
    confidence: (confidence) => once(`confidence:${confidence}`, () => createMaterial(document, `confidence:${confidence}`, CONFIDENCE_LOOKS[confidence], true)),
    wall: (kind, confidence) => {
      const illustrative = confidence === 'illustrative';
      const name = illustrative ? `wall:${kind}:illustrative` : `wall:${kind}`;
      const look = WALL_LOOKS[kind];
      return once(name, () => createMaterial(document, name, illustrative ? { ...look, opacity: look.opacity * ILLUSTRATIVE_OPACITY } : look, false));
    },
  };
}
