/** Rooms by their names in the UI's language (Korean when the plan gives one), never by their ids. */
import type { PlanFeature } from '../domain/types';
import { localText } from '../domain/localText';

export function roomNamer(features: readonly PlanFeature[] | undefined, language: string): (roomId: string) => string {
  const names = new Map((features ?? []).map((feature) => [feature.id, localText(feature.name, language)]));
  return (roomId) => names.get(roomId) || roomId;
}
