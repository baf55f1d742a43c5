/** The property editor for the selected record, whichever collection it belongs to. */
import type { Source } from '../../domain/types';
import type { FacilityWork } from '../../domain/workbench/workTypes';
import { useWorkStore } from '../../store/workStore';
import { FeatureFields } from './FeatureFields';
import { SourceFields } from './SourceFields';
import { ViolationFields } from './ViolationFields';

export function RecordEditor({ work, knownSources }: { work: FacilityWork; knownSources: readonly Source[] }) {
  const selection = useWorkStore((state) => state.selection);
  const own = new Set(work.sources.map((source) => source.id));
  const sources = [...work.sources, ...knownSources.filter((source) => !own.has(source.id))];
  if (selection?.collection === 'features') {
    const feature = work.features.find((item) => item.id === selection.id);
    return feature ? <FeatureFields feature={feature} work={work} sources={sources} /> : null;
  }
  if (selection?.collection === 'violations') {
    const violation = work.violations.find((item) => item.id === selection.id);
    return violation ? <ViolationFields violation={violation} work={work} sources={sources} /> : null;
  }
  if (selection?.collection === 'sources') {
    const source = work.sources.find((item) => item.id === selection.id);
    return source ? <SourceFields source={source} /> : null;
  }
  return null;
}
