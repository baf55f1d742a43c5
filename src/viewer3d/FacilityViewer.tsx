/**
 * Inside a facility: the 3D model with violations pinned to rooms, and beside it the accessible room list,
 * the selected room's record and the facility-level violations. Loaded lazily: the map page never pays for three.js.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ViolationCategory } from '../domain/enums';
import { anchorPins } from '../domain/plan3d/anchorPins';
import { ALL_VIOLATIONS, filterViolations, type ViolationFilter } from '../domain/violationFilter';
import { useSessionStore } from '../store/sessionStore';
import { VIEW_MODES } from '../store/urlState';
import { ProblemPanel } from '../ui/ProblemPanel';
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
              pins={pins}
              mode={viewMode}
              selectedRoom={selectedRoom}
              onSelectRoom={(id) => selectRoom(id)}
              onPickViolation={setPicked}
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
          {pickedViolation && (
            <section aria-live="polite" className="picked-violation">
              <h3>{t('viewer.pickedViolation')}</h3>
              <ViolationRecord violation={pickedViolation} sources={data.sources} />
              <button type="button" onClick={() => setPicked(null)}>
                {t('viewer.closeRecord')}
              </button>
            </section>
          )}
          {room && <RoomDetails room={room} violations={inRoom(room.id)} sources={data.sources} />}
          {data.scene && (
            <>
              <h3>{t('viewer.rooms')}</h3>
              <RoomList rooms={data.scene.rooms} violationCounts={roomViolations} selectedRoom={selectedRoom} onSelect={(id) => selectRoom(id)} />
            </>
          )}
          <section aria-labelledby="facility-violations-heading">
            <h3 id="facility-violations-heading">{t('viewer.facilityViolations', { count: data.facilityOnly.length })}</h3>
            <p className="viewer-hint">{t('viewer.facilityViolationsHint')}</p>
            {data.facilityOnly
              .filter((violation) => shownIds.has(violation.id))
              .map((violation) => (
                <ViolationRecord key={violation.id} violation={violation} sources={data.sources} />
              ))}
          </section>
          <ViewerLegend filter={filter} present={present} onChange={setFilter} />
        </aside>
      </div>
    </div>
  );
}
