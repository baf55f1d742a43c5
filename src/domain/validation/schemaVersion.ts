/** The file's "schemaVersion": a newer one than this code knows may mean fields it would misread. */
import { READABLE_SCHEMA_VERSIONS, SCHEMA_VERSION } from '../enums';
import { FILE_LEVEL } from '../problems';
import type { Reporter } from './reporter';

/** Reports a missing (warning, when required) or unusable (error) version; true when the file can be read. */
export function checkSchemaVersion(version: unknown, reporter: Reporter, required: boolean): boolean {
  if (version === undefined) {
    if (required) {
      reporter.warning(FILE_LEVEL, 'schema.version.missing', 'The file does not say which schema version it follows.', `Add "schemaVersion": ${SCHEMA_VERSION} at the top level.`);
    }
    return true;
  }
  // Version 2 only added optional fields, so a version 1 file reads as it is (npm run migrate:data upgrades it).
  if (typeof version === 'number' && READABLE_SCHEMA_VERSIONS.includes(version)) return true;
  const newer = typeof version === 'number' && version > SCHEMA_VERSION;
  reporter.error(
    FILE_LEVEL,
    'schema.version',
    newer
      ? `The file follows schema version ${version}, newer than this tool reads (${SCHEMA_VERSION}).`
      : `"schemaVersion" is ${JSON.stringify(version)}; this tool reads versions ${READABLE_SCHEMA_VERSIONS.join(' and ')}.`,
    newer ? 'Update the application, or export the data in the older format.' : undefined,
  );
  return false;
}
