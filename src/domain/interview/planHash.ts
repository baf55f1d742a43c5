/**
 * Which version of a plan a survivor was shown: the SHA-256 of the plan written as its contract file. Interview
 * mode records it when a session starts; the workbench compares it with the plan as it is now, so answers about
 * an earlier version are never counted as if they judged the current one.
 */
import { sha256Hex } from '../bundle/sha256';
import type { Plan } from '../types';
import { planFile } from '../workbench/contractFiles';

export function planHash(plan: Pick<Plan, 'facilityId' | 'features'>): Promise<string> {
  const text = planFile({ facilityId: plan.facilityId, features: plan.features, violations: [], sources: [], diagrams: [], updatedAt: '' }).text;
  return sha256Hex(new TextEncoder().encode(text));
}
