import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONFIDENCES,
  FACILITY_STATUSES,
  FACILITY_TYPES,
  FIXTURE_TYPES,
  LINKED_PLACE_KINDS,
  OPENING_TYPES,
  PLACEMENTS,
  PLACE_ROLES,
  PLAN_FEATURE_KINDS,
  PRECISIONS,
  ROOM_USES,
  SOURCE_KINDS,
  VIOLATION_CATEGORIES,
  VISIBILITIES,
} from '../domain/enums';
import type { Answer, SessionStatus } from '../domain/interview/sessionTypes';
import type { ProblemLevel } from '../domain/problems';
import { EXPORT_FORMATS, IMPORT_FORMATS, RECORD_KINDS, type ImportProgress } from '../domain/formats/formatTypes';
import { PREVIEW_STATUSES } from '../domain/formats/import/importPreview';
import { FACILITY_FIELDS, VIOLATION_FIELDS } from '../domain/formats/mapping/importFields';
import { registerNameFor } from '../domain/provinceNames';
import type { PlacementMethod } from '../domain/workbench/diagramEdits';
import type { PastedResult } from '../domain/workbench/plainGeoJson';
import type { DecryptResult, passphraseProblem } from '../domain/protect/ageFile';
import type { CustomImageryError } from '../map/imagery/customImagery';
import { FACILITY_SORTS } from '../domain/facilitySort';
import type { Facet } from '../domain/facetCounts';
import { CONFIRMATION_FILTER_VALUES, POINT_DOUBT_FILTER_VALUES } from '../domain/facilityFilter';
import { LEAVE_OUT_REASONS } from '../domain/nkdb/placeDecisions';
import { KNOWN_FIELD_NAMES } from '../ui/SourceItem';
import { MODEL_SOURCES, VIEW_MODES } from '../store/urlState';
import type { SaveState } from '../store/workStore';
import type { AddDiagramResult } from '../workbench/diagrams/addDiagram';
import type { Tool } from '../workbench/map/drawTools';
import { en, ko } from './dictionaries';
import { LANGUAGES } from './setupI18n';

/** The source files of the UI (tests left out). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const SOURCES = sourceFiles('src').map((path) => readFileSync(path, 'utf8'));

/** Literal keys passed to t('…') anywhere in the UI source. */
const literalKeys = [...new Set(SOURCES.flatMap((text) => [...text.matchAll(/\bt\(\s*'([^'`$]+)'/g)].map((match) => match[1] ?? '')))];

/** Keys built at run time, t(`prefix.${value}suffix`), as patterns with "*" for the value: "status.*". */
const templatePatterns = [
  ...new Set(
    SOURCES.flatMap((text) => [...text.matchAll(/\bt\(\s*`([^`]*)`/g)].map((match) => (match[1] ?? '').replace(/\$\{[^}]*\}/g, '*'))),
  ),
];

/** A key counts as present in its plain form or as an i18next plural ("key_other"). */
function present(key: string, dictionary: Record<string, string>): boolean {
  return key in dictionary || `${key}_other` in dictionary;
}

/** Every member of the union T, in a list the compiler checks for completeness (`tsc -b` fails on a missing one). */
function everyMember<T extends string>() {
  return <const A extends readonly T[]>(values: A & ([Exclude<T, A[number]>] extends [never] ? unknown : never)) => values;
}

/** The register's province names in the bundled data, and the boundaries' names as the UI shows them. */
function bundledProvinceNames(): string[] {
  const read = (path: string) => (JSON.parse(readFileSync(path, 'utf8')) as { features: { properties: Record<string, string> }[] }).features;
  const stated = read('data/geojson/facilities.geojson').map((feature) => feature.properties.province ?? '');
  const boundaries = read('data/geojson/provinces.geojson').map((feature) => registerNameFor(feature.properties.name ?? ''));
  return [...new Set([...stated, ...boundaries])];
}

type ListFacet = 'types' | 'agencies' | 'provinces' | 'statuses' | 'precisions';

/**
 * Every key family the UI builds at run time, with every value it can be built from. Provinces come from the data
 * (a name outside the list falls back to itself), so the family covers the register's and the boundaries' names.
 */
const FAMILIES: Readonly<Record<string, readonly string[]>> = {
  'type.*': FACILITY_TYPES,
  'status.*': FACILITY_STATUSES,
  'precision.*': PRECISIONS,
  'province.*': bundledProvinceNames(),
  'filters.*': everyMember<ListFacet>()(['types', 'agencies', 'provinces', 'statuses', 'precisions']),
  'problems.*': everyMember<ProblemLevel>()(['error', 'warning']),
  'language.*': LANGUAGES,
  'use.*': ROOM_USES,
  'openingType.*': OPENING_TYPES,
  'fixtureType.*': FIXTURE_TYPES,
  'confidence.*': CONFIDENCES,
  'confidence.*.explained': CONFIDENCES,
  'category.*': VIOLATION_CATEGORIES,
  'placement.*': PLACEMENTS,
  'visibility.*': VISIBILITIES,
  'sourceKind.*': SOURCE_KINDS,
  'viewer.mode.*': VIEW_MODES,
  'viewer.model.*': MODEL_SOURCES,
  'list.sort.*': FACILITY_SORTS,
  // The import dialog and the map's export (formats UI): fields, formats, record kinds, progress and preview steps.
  'formatsui.field.*': [...new Set<string>([...FACILITY_FIELDS, ...VIOLATION_FIELDS])],
  'formatsui.format.*': [...new Set<string>([...IMPORT_FORMATS, ...EXPORT_FORMATS])],
  'formatsui.kind.*': RECORD_KINDS,
  'formatsui.progress.*': everyMember<ImportProgress['phase']>()(['hash', 'read', 'check']),
  'formatsui.status.*': PREVIEW_STATUSES,
  // Issue 13: what a place is, whether a source confirms it, whether its point is doubtful; the filters over them.
  'honest.role.*': PLACE_ROLES,
  'honest.confidence.*_link_doubtful': CONFIDENCES,
  'honest.linkedKind.*': LINKED_PLACE_KINDS,
  'honest.confirmation.*': CONFIRMATION_FILTER_VALUES,
  'honest.pointDoubt.*': POINT_DOUBT_FILTER_VALUES,
  'honest.filters.*': everyMember<Exclude<Facet, ListFacet>>()(['roles', 'confirmations', 'pointDoubts']),
  'honest.field.*': KNOWN_FIELD_NAMES,
  // Why an import left records out (the About page); an unknown reason is shown as its code.
  'honest.leftOut.*': LEAVE_OUT_REASONS,
  // The toolbar's tools and the kinds of the features it draws; "pick" is an internal mode with no button.
  'workbench.tool.*': ['select', ...PLAN_FEATURE_KINDS, 'violation'] satisfies Tool[],
  'workbench.save.*': everyMember<SaveState>()(['idle', 'saving', 'saved', 'failed']),
  'workbench.diagram.methods.*': everyMember<PlacementMethod>()(['corners', 'similarity', 'affine', 'projective']),
  'workbench.diagram.bad.*': everyMember<Extract<AddDiagramResult, { ok: false }>['reason']>()(['type', 'decode']),
  // Whom a workbench problem is about: a plan feature's kind, a violation or a source.
  'benchtools.kind.*': [...PLAN_FEATURE_KINDS, 'violation', 'source'],
  'benchtools.kindInText.*': [...PLAN_FEATURE_KINDS, 'violation', 'source'],
  'benchtools.paste.error.*': everyMember<NonNullable<PastedResult['error']>>()(['json', 'geojson']),
  'interview.answer.*': everyMember<Answer>()(['yes', 'no', 'unsure']),
  'interview.status.*': everyMember<SessionStatus>()(['in_progress', 'paused', 'finished']),
  'imagery.customError.*': everyMember<CustomImageryError>()(['name', 'url', 'placeholders']),
  // Why a passphrase is refused on export, and why an encrypted file did not open on import.
  'protect.*': [
    ...everyMember<NonNullable<ReturnType<typeof passphraseProblem>>>()(['tooShort', 'mismatch']),
    ...everyMember<Extract<DecryptResult, { ok: false }>['reason']>()(['wrongPassphrase', 'notPassphrase', 'damaged']),
  ],
};

describe('keys used by the UI', () => {
  it('finds the keys it scans for', () => {
    expect(literalKeys).toContain('list.heading');
    expect(templatePatterns).toContain('status.*');
  });

  it('exist in English and Korean', () => {
    expect(literalKeys.filter((key) => !present(key, en) || !present(key, ko))).toEqual([]);
  });

  it('are built at run time only from families this test knows', () => {
    expect(templatePatterns.filter((pattern) => !(pattern in FAMILIES))).toEqual([]);
  });

  it.each(Object.entries(FAMILIES))('exist for every value of %s in English and Korean', (pattern, values) => {
    const keys = values.map((value) => pattern.replace('*', value));
    expect(keys.filter((key) => !present(key, en))).toEqual([]);
    expect(keys.filter((key) => !present(key, ko))).toEqual([]);
  });
});
