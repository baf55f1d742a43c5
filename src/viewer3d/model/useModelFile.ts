/**
 * Loads a facility's glTF file with three's GLTFLoader. Every way it can fail — no file, a failed request, a
 * .gltf referring to files beside it, bytes that are not glTF — ends as a message for the user, never a blank canvas or an uncaught error.
 */
import { useEffect, useState } from 'react';
import type { Object3D } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { externalReferences } from './gltfReferences';

export type ModelFileState =
  | { status: 'off' }
  | { status: 'loading' }
  | { status: 'ready'; root: Object3D }
  | { status: 'error'; reason: 'missing' | 'unreadable' | 'external'; detail: string };

/** `url` undefined with `wanted` true means the facility has no model file. */
export function useModelFile(wanted: boolean, url: string | undefined): ModelFileState {
  const [state, setState] = useState<ModelFileState>({ status: 'off' });
  useEffect(() => {
    if (!wanted) return setState({ status: 'off' });
    if (!url) return setState({ status: 'error', reason: 'missing', detail: '' });
    let current = true;
    setState({ status: 'loading' });
    void loadModel(url).then((next) => {
      if (current) setState(next);
    });
    return () => {
      current = false;
    };
  }, [wanted, url]);
  return state;
}

async function loadModel(url: string): Promise<ModelFileState> {
  let bytes: ArrayBuffer;
  try {
    const response = await fetch(url);
    if (!response.ok) return { status: 'error', reason: 'missing', detail: `HTTP ${response.status}` };
    bytes = await response.arrayBuffer();
  } catch (error) {
    return { status: 'error', reason: 'missing', detail: error instanceof Error ? error.message : String(error) };
  }
  const external = externalReferences(bytes);
  if (external.length > 0) return { status: 'error', reason: 'external', detail: external.join(', ') };
  try {
    const gltf = await new GLTFLoader().parseAsync(bytes, '');
    return { status: 'ready', root: gltf.scene };
  } catch (error) {
    return { status: 'error', reason: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
}
