/** A violation's classification against its scheme's vocabulary: unknown schemes, facets and codes are reported. */
import type { Classification } from '../types';
import type { Reporter } from '../validation/reporter';
import { KNOWN_SCHEMES, type ClassificationScheme } from './schemes';

/** The classification with only the codes its scheme knows; each code left out is an error naming it. */
export function checkClassification(
  recordId: string,
  classification: Classification,
  reporter: Reporter,
  schemes: readonly ClassificationScheme[] = KNOWN_SCHEMES,
): Classification {
  const scheme = schemes.find((known) => known.id === classification.scheme);
  if (!scheme) {
    reporter.warning(
      recordId,
      'classification.scheme',
      `The classification scheme "${classification.scheme}" is not one this tool knows; its codes were not checked.`,
      'Register the scheme and its vocabulary in src/domain/classification.',
    );
    return classification;
  }
  const codes: Record<string, string[]> = {};
  for (const [facet, values] of Object.entries(classification.codes)) {
    const allowed = Object.hasOwn(scheme.facets, facet) ? scheme.facets[facet] : undefined;
    if (!allowed) {
      reporter.error(recordId, 'classification.facet', `"${facet}" is not a facet of the scheme "${scheme.id}"; it was left out.`, `Facets: ${Object.keys(scheme.facets).join(', ')}.`);
      continue;
    }
    const unknown = values.filter((value) => !allowed.includes(value));
    if (unknown.length > 0) {
      reporter.error(
        recordId,
        'classification.code',
        `${unknown.map((value) => `"${value}"`).join(', ')} ${unknown.length === 1 ? 'is not a code' : 'are not codes'} of "${facet}" in the scheme "${scheme.id}"; left out.`,
        'Check the spelling against the scheme\'s vocabulary, or add the code to it with its source.',
      );
    }
    codes[facet] = values.filter((value) => allowed.includes(value));
  }
  return { scheme: classification.scheme, codes };
}
