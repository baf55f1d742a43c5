/**
 * The viewer's side panel (the sheet on a phone): the model choice, the picked violation and the selected room in
 * live regions (so what appears in them is announced), the rooms, the plan's other parts, the violations no room
 * holds, the legend and filter, and the plan file's problems.
 */
import { useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanPart } from '../domain/plan3d/planParts';
import type { ModelSource } from '../store/urlState';
import { ProblemPanel } from '../ui/ProblemPanel';
import { FacilityViolations } from './FacilityViolations';
import { ModelSwitch } from './model/ModelSwitch';
import type { ModelFileState } from './model/useModelFile';
import { PartList } from './PartList';
import { RoomDetails } from './RoomDetails';
import { RoomList } from './RoomList';
import type { FacilityScene } from './useFacilityScene';
import type { useViewerData } from './useViewerData';
import { ViewerLegend } from './ViewerLegend';
import { ViolationRecord } from './ViolationRecord';

interface Props {
  data: FacilityScene;
  view: ReturnType<typeof useViewerData>;
  modelSwitch: { show: boolean; model: ModelSource; file: ModelFileState; noRooms: boolean; onChange: (model: ModelSource) => void };
  picked: string | null;
  onClosePicked: () => void;
  selectedRoom: string | null;
  /** The room whose records are listed: the selected room from the frame after its choice (useAfterPaint). */
  recordsRoom: string | null;
  onChooseRoom: (roomId: string) => void;
  roomHeading: RefObject<HTMLHeadingElement | null>;
  parts: readonly PlanPart[];
  part: string | null;
  onPart: (partId: string | null) => void;
}

export function ViewerSide({ data, view, modelSwitch, picked, onClosePicked, selectedRoom, recordsRoom, onChooseRoom, roomHeading, parts, part, onPart }: Props) {
  const { t, i18n } = useTranslation();
  const room = data.scene?.rooms.find((item) => item.id === selectedRoom);
  const pickedViolation = data.violations.find((violation) => violation.id === picked);
  // Memoised, so the room's paged list keeps its page while nothing about the room changes.
  const { inRoom } = view;
  const roomRecords = useMemo(() => (room && room.id === recordsRoom ? inRoom(room.id) : null), [room, recordsRoom, inRoom]);
  return (
    <>
      {modelSwitch.show && <ModelSwitch {...modelSwitch} />}
      <div aria-live="polite">
        {pickedViolation && (
          <section className="picked-violation" aria-labelledby="picked-violation-heading">
            <h3 id="picked-violation-heading">{t('viewer.pickedViolation')}</h3>
            <ViolationRecord violation={pickedViolation} sources={data.sources} t={t} language={i18n.language} />
            <button type="button" onClick={onClosePicked}>
              {t('viewer.closeRecord')}
            </button>
          </section>
        )}
      </div>
      <div aria-live="polite">
        {room && (
          <RoomDetails
            ref={roomHeading}
            room={room}
            count={view.roomViolations.get(room.id) ?? 0}
            violations={roomRecords}
            sources={data.sources}
            onShowPins={view.pinsHeld === room.id ? () => view.showPins(room.id) : undefined}
          />
        )}
      </div>
      {data.scene && (
        <>
          <h3>{t('viewer.rooms')}</h3>
          <RoomList rooms={data.scene.rooms} violationCounts={view.roomViolations} selectedRoom={selectedRoom} onSelect={onChooseRoom} />
          <PartList parts={parts} rooms={data.scene.rooms} selectedPart={part} onSelect={onPart} sources={data.sources} />
        </>
      )}
      <FacilityViolations facilityOnly={view.facilityOnly} onSite={view.onSite} sources={data.sources} />
      <ViewerLegend
        filter={view.filter}
        present={view.present}
        onChange={view.setFilter}
        markers={view.markers.length > 0}
        everyPin={{ checked: view.everyPin, onChange: view.setEveryPin }}
      />
      {data.problems.length > 0 && <ProblemPanel problems={data.problems} />}
    </>
  );
}
