/** The "register" member of facilities.geojson: which capture of the NKPD register the facilities come from. */
import { FILE_LEVEL } from '../problems';
import type { PublishedFigure, RegisterInfo } from '../types';
import { isPlainObject } from './describeValue';
import type { Reporter } from './reporter';

function readFigure(value: unknown): PublishedFigure | null {
  if (!isPlainObject(value) || typeof value.count !== 'number' || !Number.isFinite(value.count)) return null;
  const { date, sourceId, what, quote } = value;
  if (typeof date !== 'string' || typeof sourceId !== 'string' || !isPlainObject(what) || typeof what.en !== 'string') return null;
  if (quote !== undefined && typeof quote !== 'string') return null;
  return {
    count: value.count,
    date,
    what: { en: what.en, ...(typeof what.ko === 'string' ? { ko: what.ko } : {}) },
    sourceId,
    ...(quote === undefined ? {} : { quote }),
  };
}

function invalid(reporter: Reporter, what: string): undefined {
  reporter.warning(FILE_LEVEL, 'register.invalid', `The "register" member ${what}; it was ignored.`, 'Re-run the register import.');
  return undefined;
}

/** The register description, or undefined when absent or malformed (a warning: the facilities still load). */
export function readRegisterInfo(value: unknown, reporter: Reporter): RegisterInfo | undefined {
  if (value === undefined) return undefined;
  if (
    !isPlainObject(value) ||
    typeof value.name !== 'string' ||
    typeof value.url !== 'string' ||
    typeof value.capturedAt !== 'string' ||
    typeof value.entities !== 'number'
  ) {
    return invalid(reporter, 'is not {name, url, capturedAt, entities}');
  }
  const info: RegisterInfo = { name: value.name, url: value.url, capturedAt: value.capturedAt, entities: value.entities };
  if (typeof value.sourceId === 'string') info.sourceId = value.sourceId;
  if (value.figures !== undefined) {
    const figures = Array.isArray(value.figures) ? value.figures.map(readFigure) : [null];
    if (figures.some((figure) => figure === null)) return invalid(reporter, 'has a figure that is not {count, date, what {en, ko?}, sourceId, quote?}');
    info.figures = figures as PublishedFigure[];
  }
  return info;
}
