/**
 * The 3D preview beside the map (a lazily loaded chunk with three.js): the plan as the public viewer would draw
 * it — only the features that load without errors — with the work's violations pinned, redrawn on every edit.
 */
import { useMemo, useState } from 'react';
import { planToScene } from '../domain/plan3d/planToScene';
import { violationPins } from '../domain/plan3d/violationPins';
import type { Facility, Plan, Violation } from '../domain/types';
import { useWorkCore } from '../store/workStore';
import { SceneCanvas } from '../viewer3d/SceneCanvas';
import '../viewer3d/viewer.css';

export default function WorkPreview({ plan, facility, violations }: { plan: Plan; facility: Facility; violations: Violation[] }) {
  const scene = useMemo(() => planToScene(plan, facility), [plan, facility]);
  const pins = useMemo(() => violationPins(scene, violations).pins, [scene, violations]);
  const [room, setRoom] = useState<string | null>(null);
  const select = useWorkCore().select;
  return (
    <div className="work-preview" data-rooms={scene.rooms.length} data-pins={pins.length}>
      <SceneCanvas
        scene={scene}
        model={null}
        pins={pins}
        mode="orbit"
        selectedRoom={room}
        onSelectRoom={(id) => {
          setRoom(id);
          select({ collection: 'features', id });
        }}
        onPickViolation={(id) => select({ collection: 'violations', id })}
      />
    </div>
  );
}
