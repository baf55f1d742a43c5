/**
 * Inside a facility: the 3D model with violations pinned to rooms, and beside it the accessible equivalent —
 * the room list and the selected room's record, the plan's other parts with what they rest on, and the violations
 * no room holds. Loaded lazily: the map page never pays for three.js.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ViolationCategory } from '../domain/enums';
import { anchorPins } from '../domain/plan3d/anchorPins';
import { planParts } from '../domain/plan3d/planParts';
import { ALL_VIOLATIONS, filterViolations, type ViolationFilter } from '../domain/violationFilter';
import { useSessionStore } from '../store/sessionStore';
import { VIEW_MODES } from '../store/urlState';
import { ProblemPanel } from '../ui/ProblemPanel';
import { FacilityViolations } from './FacilityViolations';
import { PartList } from './PartList';
import { RoomDetails } from './RoomDetails';
import { RoomList } from './RoomList';
import { SceneCanvas } from './SceneCanvas';
import { useFacilityScene } from './useFacilityScene';
import { ViewerLegend } from './ViewerLegend';
import { modelFileUrl } from './model/modelFiles';
import { ModelSwitch } from './model/ModelSwitch';
import { roomBoxes } from './model/roomBoxes';
import { useModelFile } from './model/useModelFile';
import { ViolationRecord } from './ViolationRecord';
import { WalkButtons } from './WalkButtons';
import './viewer.css';

export default function FacilityViewer({ facilityId }: { facilityId: string }) {
  const { t, i18n } = useTranslation();
  const { room: selectedRoom, viewMode, model, selectRoom, setViewMode, setModel, leaveFacility } = useSessionStore();
  const data = useFacilityScene(facilityId);
  const modelUrl = modelFileUrl(facilityId);
  const file = useModelFile(model === 'file', modelUrl);
  const fileRoot = file.status === 'ready' ? file.root : null;
  const roomIds = useMemo(() => data.scene?.rooms.map((item) => item.id) ?? [], [data.scene]);
  const boxes = useMemo(() => (fileRoot ? roomBoxes(fileRoot, roomIds) : null), [fileRoot, roomIds]);
  const [filter, setFilter] = useState<ViolationFilter>(ALL_VIOLATIONS);
  const [picked, setPicked] = useState<string | null>(null);
  const [part, setPart] = useState<string | null>(null);
  const parts = useMemo(() => (data.scene ? planParts(data.scene) : []), [data.scene]);

  const shownIds = useMemo(() => new Set(filterViolations(data.violations, filter).map((violation) => violation.id)), [data.violations, filter]);
  const pins = useMemo(() => {
    const shown = data.pins.filter((pin) => shownIds.has(pin.violationId));
    return boxes ? anchorPins(shown, boxes) : shown;
  }, [data.pins, shownIds, boxes]);
  const roomViolations = useMemo(() => {
    const byRoom = new Map<string, number>();
    for (const pin of pins) if (pin.roomId) byRoom.set(pin.roomId, (byRoom.get(pin.roomId) ?? 0) + 1);
    return byRoom;
  }, [pins]);
  const facilityOnly = useMemo(() => data.facilityOnly.filter((violation) => shownIds.has(violation.id)), [data.facilityOnly, shownIds]);
  const onSite = useMemo(() => {
    const unroomed = new Set(data.pins.filter((pin) => pin.roomId === null).map((pin) => pin.violationId));
    return data.violations.filter((violation) => unroomed.has(violation.id) && shownIds.has(violation.id));
  }, [data.pins, data.violations, shownIds]);
  const present = useMemo(() => new Set<ViolationCategory>(data.violations.map((violation) => violation.category)), [data.violations]);

  const name = data.facility ? (i18n.language === 'ko' && data.facility.name.ko ? data.facility.name.ko : data.facility.name.en) : facilityId;
  const room = data.scene?.rooms.find((item) => item.id === selectedRoom);
  const pickedViolation = data.violations.find((violation) => violation.id === picked);
  const inRoom = (roomId: string) =>
    data.violations.filter((violation) => shownIds.has(violation.id) && data.pins.some((pin) => pin.violationId === violation.id && pin.roomId === roomId));

  return (
    <div className="viewer">
      <header className="viewer-header">
        <button type="button" onClick={leaveFacility}>
          ← {t('viewer.backToMap')}
        </button>
        <h2>{name}</h2>
        <div role="group" aria-label={t('viewer.modes')} className="viewer-modes">
          {VIEW_MODES.map((mode) => (
            <button key={mode} type="button" aria-pressed={viewMode === mode} onClick={() => setViewMode(mode)}>
              {t(`viewer.mode.${mode}`)}
            </button>
          ))}
        </div>
      </header>
      <p className="reconstruction-notice" role="note">
        {t('viewer.reconstructionNotice')}
      </p>
      {(modelUrl !== undefined || model === 'file') && (
        <ModelSwitch model={model} file={file} noRooms={boxes !== null && boxes.size === 0} onChange={setModel} />
      )}
      <div className="viewer-body">
        <div className="viewer-stage">
          {data.scene ? (
            <SceneCanvas
              scene={data.scene}
              model={fileRoot}
              modelRooms={boxes}
              pins={pins}
              mode={viewMode}
              selectedRoom={selectedRoom}
              onSelectRoom={(id) => selectRoom(id)}
              onPickViolation={setPicked}
              selectedPart={part}
              onSelectPart={setPart}
            />
          ) : (
            <p role="alert" className="viewer-missing">
              {t('viewer.noPlan')}
            </p>
          )}
          {viewMode === 'walk' && data.scene && <WalkButtons />}
        </div>
        <aside className="viewer-side" aria-label={t('viewer.side')}>
          {data.problems.length > 0 && <ProblemPanel problems={data.problems} />}
          {/* Live regions stay mounted, so what appears in them is announced (a picked pin, a selected room). */}
          <div aria-live="polite">
            {pickedViolation && (
              <section className="picked-violation" aria-labelledby="picked-violation-heading">
                <h3 id="picked-violation-heading">{t('viewer.pickedViolation')}</h3>
                <ViolationRecord violation={pickedViolation} sources={data.sources} />
                <button type="button" onClick={() => setPicked(null)}>
                  {t('viewer.closeRecord')}
                </button>
              </section>
            )}
          </div>
          <div aria-live="polite">
            {room && <RoomDetails room={room} violations={inRoom(room.id)} sources={data.sources} />}
          </div>
          {data.scene && (
            <>
              <h3>{t('viewer.rooms')}</h3>
              <RoomList rooms={data.scene.rooms} violationCounts={roomViolations} selectedRoom={selectedRoom} onSelect={(id) => selectRoom(id)} />
              <PartList parts={parts} rooms={data.scene.rooms} selectedPart={part} onSelect={setPart} sources={data.sources} />
            </>
          )}
          <FacilityViolations facilityOnly={facilityOnly} onSite={onSite} sources={data.sources} />
          <ViewerLegend filter={filter} present={present} onChange={setFilter} />
        </aside>
      </div>
    </div>
  );
}
