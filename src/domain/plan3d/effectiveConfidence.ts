/**
 * The confidence a plan feature can honestly claim once its sources' links are weighed. A source reference with a
 * `doubt` (e.g. the account may describe another facility) still supports the feature, but a badge must say so: a
 * single-source room whose one source is doubtful reads "single source, link doubtful", and a corroborated one keeps
 * "corroborated" only while two sources without doubt remain.
 */
import type { Confidence } from '../enums';
import type { LocalizedText, SourceRef } from '../types';

/** A stable code for the label (the viewer maps it to i18n text). */
export type ConfidenceLabel = Confidence | `${Confidence}_link_doubtful`;

export interface EffectiveConfidence {
  confidence: Confidence;
  /** True when what the confidence rests on includes a doubtful link. */
  linkDoubtful: boolean;
  /** Why, one entry per doubtful reference, in source order. */
  doubts: LocalizedText[];
  label: ConfidenceLabel;
}

interface Supported {
  confidence: Confidence;
  sources: readonly SourceRef[];
}

/** How many sources without a doubt a confidence needs to stand on its own. */
const SOUND_SOURCES_NEEDED: Readonly<Record<Confidence, number>> = { corroborated: 2, single_source: 1, illustrative: 0 };

export function effectiveConfidence(feature: Supported): EffectiveConfidence {
  const doubts = feature.sources.flatMap((ref) => (ref.doubt ? [ref.doubt] : []));
  const soundSources = new Set(feature.sources.filter((ref) => !ref.doubt).map((ref) => ref.sourceId)).size;
  const linkDoubtful = doubts.length > 0 && soundSources < Math.max(1, SOUND_SOURCES_NEEDED[feature.confidence]);
  return {
    confidence: feature.confidence,
    linkDoubtful,
    doubts,
    label: linkDoubtful ? `${feature.confidence}_link_doubtful` : feature.confidence,
  };
}
