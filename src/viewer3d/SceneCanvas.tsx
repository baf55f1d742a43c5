/** The 3D canvas: lights, camera, the facility and its pins. Renders on demand, not every frame. */
import { Canvas } from '@react-three/fiber';
import { memo, useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ViolationCategory } from '../domain/enums';
import type { RoomBox } from '../domain/plan3d/anchorPins';
import type { PlanScene } from '../domain/plan3d/sceneTypes';
import { pinsByCategory, type ViolationPin } from '../domain/plan3d/violationPins';
import type { Object3D } from 'three';
import type { ViewMode } from '../store/urlState';
import type { CountMarker } from '../domain/plan3d/countMarkers';
import { CameraRig } from './CameraRig';
import { CountMarkers } from './CountMarkers';
import { FileModel } from './model/FileModel';
import { PlanModel, type RoomPick } from './PlanModel';
import type { PartPick } from './PlanParts';
import { RoomLabels } from './RoomLabels';
import { DIRECTIONAL_LIGHT, HEMISPHERE_LIGHT } from './sceneLights';
import { SceneSignals } from './SceneSignals';
import { softwareWebGL } from './softwareWebGL';
import { ViolationPins } from './ViolationPins';
import { walkInput } from './walkInput';

interface Props {
  scene: PlanScene;
  /** A loaded model file to draw instead of the plan's own shapes (the rooms still come from the plan). */
  model: Object3D | null;
  /** The model file's room nodes, where labels go for the rooms it draws. */
  modelRooms?: ReadonlyMap<string, RoomBox> | null;
  /** The pins drawn one by one. */
  pins: ViolationPin[];
  /** Counts drawn in place of stacks too tall to show pin by pin (none in interview mode and the workbench). */
  markers?: readonly CountMarker[];
  mode: ViewMode;
  selectedRoom: string | null;
  onSelectRoom: RoomPick;
  onPickViolation: (violationId: string) => void;
  /** A room the camera frames and circles (the viewer's selected room; the room asked about in interview mode). */
  focusRoom?: string | null;
  /** Fly to a new focus rather than cut to it. */
  flyToFocus?: boolean;
  /** Changes when the reader asks for the home view. */
  home?: number;
  /** More of the scene, drawn in the plan's frame (interview mode's marks and the ground it places them on). */
  children?: ReactNode;
  /** The selected site, building, opening or fixture, and how one is picked in 3D (the viewer's parts list). */
  selectedPart?: string | null;
  onSelectPart?: PartPick;
}

const NO_MARKERS: readonly CountMarker[] = [];

function onKey(event: KeyboardEvent<HTMLDivElement>, down: boolean) {
  if (!walkInput.isWalkKey(event.key)) return;
  event.preventDefault();
  if (down) walkInput.press(event.key);
  else walkInput.release(event.key);
}

/** Memoised: a change beside the scene (a room chosen, before it is shown in 3D) does not redraw the canvas. */
export const SceneCanvas = memo(function SceneCanvas(props: Props) {
  const { scene, model, modelRooms, pins, markers = NO_MARKERS, mode, selectedRoom, onSelectRoom, onPickViolation, focusRoom, flyToFocus, home, children, selectedPart, onSelectPart } = props;
  const { t, i18n } = useTranslation();
  const byCategory = useMemo(() => pinsByCategory(pins) as Map<ViolationCategory, ViolationPin[]>, [pins]);
  const roomIds = useMemo(() => scene.rooms.map((room) => room.id), [scene]);
  const container = useRef<HTMLDivElement>(null);
  return (
    <div
      ref={container}
      className="viewer-canvas"
      data-viewer
      data-drawn={model ? 'file' : 'plan'}
      role="application"
      aria-label={t('viewer.canvasLabel')}
      tabIndex={0}
      onKeyDown={(event) => onKey(event, true)}
      onKeyUp={(event) => onKey(event, false)}
      onBlur={() => walkInput.releaseAll()}
    >
      <Canvas frameloop="demand" gl={{ antialias: !softwareWebGL() }} camera={{ fov: 60, near: 0.05, far: 2000 }} raycaster={{ params: { Points: { threshold: 0.35 } } } as never}>
        <color attach="background" args={['#11181d']} />
        <hemisphereLight args={[HEMISPHERE_LIGHT.sky, HEMISPHERE_LIGHT.ground, HEMISPHERE_LIGHT.intensity]} />
        <directionalLight position={DIRECTIONAL_LIGHT.position} color={DIRECTIONAL_LIGHT.colour} intensity={DIRECTIONAL_LIGHT.intensity} />
        <CameraRig scene={scene} mode={mode} focus={focusRoom} fly={flyToFocus} home={home} />
        {model ? (
          <FileModel root={model} roomIds={roomIds} selectedRoom={selectedRoom} onSelectRoom={onSelectRoom} />
        ) : (
          <PlanModel scene={scene} selectedRoom={selectedRoom} onSelectRoom={onSelectRoom} selectedPart={selectedPart} onSelectPart={onSelectPart} />
        )}
        <RoomLabels rooms={scene.rooms} selectedRoom={selectedRoom} container={container} boxes={model ? modelRooms : null} />
        <ViolationPins byCategory={byCategory} onPick={onPickViolation} />
        <CountMarkers markers={markers} locale={i18n.language} onSelectRoom={onSelectRoom} />
        {children}
        <SceneSignals scene={scene} pins={pins} markers={markers} />
      </Canvas>
    </div>
  );
});
