/**
 * Inside a facility: the 3D model with violations pinned to rooms, and beside it (in a bottom sheet on a phone) the
 * accessible equivalent — the guided tour, the room list and the selected room's record, the plan's other parts
 * with what they rest on, and the violations no room holds. Choosing a room frames it in 3D; Escape ends the tour,
 * closes an open record, then leaves for the map. Loaded lazily: the map page never pays for three.js.
 */
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planParts } from '../domain/plan3d/planParts';
import { useSessionStore } from '../store/sessionStore';
import { BottomSheet, type SheetSnap } from '../ui/BottomSheet';
import { useEscape } from '../ui/useEscape';
import { useViewHeading } from '../ui/viewFocus';
import { modelFileUrl } from './model/modelFiles';
import { roomBoxes } from './model/roomBoxes';
import { useModelFile } from './model/useModelFile';
import { SceneCanvas } from './SceneCanvas';
import { TourPanel } from './tour/TourPanel';
import { useTour } from './tour/useTour';
import { useFacilityScene } from './useFacilityScene';
import { useAfterPaint } from './useAfterPaint';
import { useViewerData } from './useViewerData';
import { ViewerHeader, ViewerTools } from './ViewerHeader';
import { ViewerSide } from './ViewerSide';
import { WalkButtons } from './WalkButtons';
import './viewer.css';
import { localText } from '../domain/localText';

export default function FacilityViewer({ facilityId }: { facilityId: string }) {
  const { t, i18n } = useTranslation();
  const { room: selectedRoom, viewMode, model, selectRoom, setViewMode, setModel, leaveFacility } = useSessionStore();
  const data = useFacilityScene(facilityId);
  const modelUrl = modelFileUrl(facilityId);
  const file = useModelFile(model === 'file', modelUrl);
  const fileRoot = file.status === 'ready' ? file.root : null;
  const roomIds = useMemo(() => data.scene?.rooms.map((item) => item.id) ?? [], [data.scene]);
  const boxes = useMemo(() => (fileRoot ? roomBoxes(fileRoot, roomIds) : null), [fileRoot, roomIds]);
  // The chosen room's name and counts are painted at once; its records and the 3D view follow a frame later.
  const shownRoom = useAfterPaint(selectedRoom);
  const view = useViewerData(data, boxes, shownRoom);
  const [picked, setPicked] = useState<string | null>(null);
  const [part, setPart] = useState<string | null>(null);
  const [home, setHome] = useState(0);
  const [snap, setSnap] = useState<SheetSnap>('peek');
  const parts = useMemo(() => (data.scene ? planParts(data.scene) : []), [data.scene]);
  const heading = useRef<HTMLHeadingElement>(null);
  const roomHeading = useRef<HTMLHeadingElement>(null);
  const tourHeading = useRef<HTMLHeadingElement>(null);
  useViewHeading(() => heading.current);

  const tour = useTour({
    plan: data.plan,
    scene: data.scene,
    violations: view.shown,
    pins: view.pins,
    show: (roomId, violationId) => {
      if (viewMode === 'walk') setViewMode('orbit');
      selectRoom(roomId);
      setPicked(violationId);
    },
    goHome: () => setHome((count) => count + 1),
  });
  const startTour = () => {
    tour.start();
    setSnap('peek');
    requestAnimationFrame(() => tourHeading.current?.focus());
  };
  /** A room chosen in the list: framed in 3D, and its record read next. */
  const chooseRoom = (roomId: string) => {
    selectRoom(roomId);
    requestAnimationFrame(() => roomHeading.current?.focus());
  };

  useEscape(() => {
    if (tour.index !== null) tour.end();
    else if (picked) setPicked(null);
    else leaveFacility();
    return true;
  });

  const name = data.facility ? localText(data.facility.name, i18n.language) : facilityId;
  return (
    <main className="viewer" aria-labelledby="viewer-heading" data-touring={tour.index !== null || undefined}>
      <ViewerHeader ref={heading} name={name} onBack={leaveFacility} />
      <p className="reconstruction-notice" role="note">
        <strong>{t('viewer.notice.short')}</strong> <span className="notice-more">{t('viewer.notice.more')}</span>
      </p>
      <div className="viewer-stage">
        <ViewerTools
          viewMode={viewMode}
          touring={tour.index !== null}
          canTour={tour.stops.length > 1}
          onMode={setViewMode}
          onHome={() => setHome((count) => count + 1)}
          onTour={() => (tour.index === null ? startTour() : tour.end())}
        />
        {data.scene && (
          <SceneCanvas
            scene={data.scene}
            model={fileRoot}
            modelRooms={boxes}
            pins={view.drawnPins}
            markers={view.markers}
            mode={viewMode}
            selectedRoom={shownRoom}
            focusRoom={shownRoom}
            flyToFocus
            home={home}
            onSelectRoom={selectRoom}
            onPickViolation={setPicked}
            selectedPart={part}
            onSelectPart={setPart}
          />
        )}
        {viewMode === 'walk' && data.scene && <WalkButtons />}
      </div>
      <BottomSheet className="viewer-side" label={t('viewer.side')} title={t('viewer.sheetTitle')} snap={snap} onSnap={setSnap}>
        {tour.index !== null && (
          <TourPanel
            ref={tourHeading}
            stops={tour.stops}
            index={tour.index}
            facilityName={name}
            rooms={data.scene?.rooms ?? []}
            violations={view.shown}
            onGo={tour.go}
            onEnd={() => {
              tour.end();
              heading.current?.focus();
            }}
          />
        )}
        <ViewerSide
          data={data}
          view={view}
          modelSwitch={{ show: modelUrl !== undefined || model === 'file', model, file, noRooms: boxes !== null && boxes.size === 0, onChange: setModel }}
          picked={picked}
          onClosePicked={() => setPicked(null)}
          selectedRoom={selectedRoom}
          recordsRoom={shownRoom}
          onChooseRoom={chooseRoom}
          roomHeading={roomHeading}
          parts={parts}
          part={part}
          onPart={setPart}
        />
      </BottomSheet>
    </main>
  );
}
