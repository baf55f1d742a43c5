/** The "register" member of facilities.geojson: which capture of the NKPD register the facilities come from. */
import { FILE_LEVEL } from '../problems';
import type { RegisterInfo } from '../types';
import { isPlainObject } from './describeValue';
import type { Reporter } from './reporter';

/** The register description, or undefined when absent or malformed (a warning: the facilities still load). */
export function readRegisterInfo(value: unknown, reporter: Reporter): RegisterInfo | undefined {
  if (value === undefined) return undefined;
  if (
    isPlainObject(value) &&
    typeof value.name === 'string' &&
    typeof value.url === 'string' &&
    typeof value.capturedAt === 'string' &&
    typeof value.entities === 'number'
  ) {
    return { name: value.name, url: value.url, capturedAt: value.capturedAt, entities: value.entities };
  }
  reporter.warning(
    FILE_LEVEL,
    'register.invalid',
    'The "register" member is not {name, url, capturedAt, entities}; it was ignored.',
    'Re-run the register import.',
  );
  return undefined;
}
