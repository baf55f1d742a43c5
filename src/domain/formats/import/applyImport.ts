/**
 * Applies a previewed import to a dataset's documents (the features of facilities.geojson or violations.geojson and
 * the entries of sources.json, as plain JSON): new records are added; a held record gets what it lacked; a held
 * record is contradicted only where the person chose to replace it (and a facility's notes then say what was
 * replaced, from which file and row). A restricted file never changes a published record. Inputs are not mutated.
 */
import type { Feature, Geometry } from 'geojson';
import type { SourceRef } from '../../types';
import type { FieldDifference, ImportPreview, PreviewEntry } from './importPreview';
import type { ImportResult } from './runImport';

export interface DatasetDocuments {
  /** The features of the file the import's kind goes to. */
  features: readonly Feature<Geometry | null, Record<string, unknown>>[];
  /** The entries of sources.json. */
  sources: readonly Record<string, unknown>[];
}

export interface ApplyChoices {
  /** Conflicting records whose held values give way to the file's: none (the default), all, or these ids. */
  replace: 'none' | 'all' | ReadonlySet<string>;
}

export interface AppliedImport extends DatasetDocuments {
  added: string[];
  changed: string[];
  replaced: string[];
  /** Records left as they are, and why. */
  kept: { id: string; reason: 'conflict' | 'restrictedIntoPublic' }[];
}

type Properties = Record<string, unknown>;
type RecordFeature = Feature<Geometry | null, Properties>;

export function applyImport(documents: DatasetDocuments, result: ImportResult, preview: ImportPreview, choices: ApplyChoices = { replace: 'none' }): AppliedImport {
  const features: RecordFeature[] = [...documents.features];
  const indexById = new Map(features.map((feature, index) => [String(feature.properties?.id), index]));
  const importedById = new Map(result.records.map((record) => [record.id, record.feature]));
  const outcome: AppliedImport = { features, sources: [], added: [], changed: [], replaced: [], kept: [] };
  const replaces = (id: string) => choices.replace === 'all' || (choices.replace !== 'none' && choices.replace.has(id));
  for (const entry of preview.entries) {
    const imported = importedById.get(entry.id);
    if (!imported || entry.status === 'unchanged') continue;
    if (entry.status === 'added') {
      features.push(structuredClone(imported));
      outcome.added.push(entry.id);
      continue;
    }
    if (entry.restrictedIntoPublic) {
      outcome.kept.push({ id: entry.id, reason: 'restrictedIntoPublic' });
      continue;
    }
    const replacing = entry.status === 'conflicting' && replaces(entry.id);
    if (entry.status === 'conflicting' && !replacing) {
      outcome.kept.push({ id: entry.id, reason: 'conflict' });
      continue;
    }
    const index = indexById.get(entry.id);
    if (index === undefined) continue;
    const differences = entry.differences.filter((item) => item.kind === 'fill' || replacing);
    // Violations have no notes: the import's citation (its row's fields) says what the file gave.
    const note = replacing && result.kind === 'facilities' ? replacementNote(entry, result) : null;
    features[index] = merged(features[index]!, imported, differences, note);
    (replacing ? outcome.replaced : outcome.changed).push(entry.id);
  }
  const applied = new Set([...outcome.added, ...outcome.changed, ...outcome.replaced]);
  const cited = new Set(features.filter((feature) => applied.has(String(feature.properties?.id))).flatMap((feature) => refsOf(feature.properties).map((ref) => ref.sourceId)));
  const held = new Set(documents.sources.map((source) => source.id));
  const newSources = [result.source, ...result.addedSources].filter((source) => cited.has(source.id) && !held.has(source.id));
  outcome.sources = [...documents.sources, ...newSources.map((source) => structuredClone(source) as unknown as Properties)];
  return outcome;
}

function merged(held: RecordFeature, imported: RecordFeature, differences: readonly FieldDifference[], note: string | null): RecordFeature {
  const properties: Properties = structuredClone(held.properties ?? {});
  let geometry = held.geometry;
  for (const { field, imported: value } of differences) {
    if (field === 'location') {
      geometry = structuredClone(imported.geometry);
      if (properties.precision === 'province') properties.precision = imported.properties.precision;
    } else {
      setAt(properties, field, structuredClone(value));
    }
  }
  const heldRefs = refsOf(properties);
  const key = (ref: SourceRef) => `${ref.sourceId}\u0000${ref.locator ?? ''}`;
  const known = new Set(heldRefs.map(key));
  properties.sources = [...heldRefs, ...refsOf(imported.properties).filter((ref) => !known.has(key(ref))).map((ref) => structuredClone(ref))];
  if (note !== null) properties.notes = [...(Array.isArray(properties.notes) ? properties.notes : []), note];
  return { ...held, geometry, properties };
}

function setAt(properties: Properties, field: string, value: unknown): void {
  const [head, tail] = field.split('.') as [string, string | undefined];
  if (tail === undefined) properties[head] = value;
  else properties[head] = { ...((properties[head] as Properties | undefined) ?? {}), [tail]: value };
}

function refsOf(properties: Properties | null): SourceRef[] {
  return Array.isArray(properties?.sources) ? (properties.sources as SourceRef[]) : [];
}

function replacementNote(entry: PreviewEntry, result: ImportResult): string {
  const replaced = entry.differences
    .filter((item) => item.kind === 'conflict')
    .map((item) => `${item.field} ${JSON.stringify(item.held)} → ${JSON.stringify(item.imported)}`)
    .join('; ');
  return `Replaced from ${result.fileName} (${entry.where}, source ${result.source.id}): ${replaced}.`;
}
