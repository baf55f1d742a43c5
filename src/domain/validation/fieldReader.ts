/**
 * Reads typed fields out of a record's properties, reporting each bad field once. A bad required field marks
 * the record `failed` (the caller drops it); a bad optional field is reported and left out of the record.
 */
import type { LocalizedText, SourceRef } from '../types';
import { describeValue, isNumericText, isPlainObject } from './describeValue';
import type { Reporter } from './reporter';

export type Properties = Readonly<Record<string, unknown>>;

interface NumberRule {
  integer?: boolean;
  positive?: boolean;
}

const PARTIAL_ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export class FieldReader {
  /** True once a required field is missing or unusable. */
  failed = false;

  constructor(
    private readonly properties: Properties,
    private readonly reporter: Reporter,
    readonly featureId: string,
    /** Prefix naming nested fields in messages, e.g. "date." */
    private readonly prefix = '',
  ) {}

  /** The record's id: a non-empty string, which other records and problems refer to. */
  id(): string {
    const value = this.properties.id;
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) {
      this.fail('id.missing', 'The record has no "id".', 'Give every record a unique id.');
      return '';
    }
    return this.string('id');
  }

  /** A required string; empty text counts as missing unless allowed. */
  string(key: string, allowEmpty = false): string {
    const value = this.properties[key];
    if (typeof value === 'string' && (allowEmpty || value.trim() !== '')) return value;
    if (value === undefined || typeof value === 'string') this.missing(key);
    else this.fail('field.type', `Field "${this.name(key)}" must be text, not ${describeValue(value)}.`);
    return '';
  }

  optionalString(key: string): string | undefined {
    const value = this.optional(key);
    if (value === undefined || typeof value === 'string') return value;
    this.reportLeftOut('field.type', `Field "${this.name(key)}" must be text, not ${describeValue(value)}; it was left out.`);
    return undefined;
  }

  /** Text in English (required) and Korean (optional). */
  localized(key: string): LocalizedText {
    const value = this.properties[key];
    if (!isPlainObject(value)) {
      if (value === undefined) this.missing(key);
      else this.fail('field.type', `Field "${this.name(key)}" must be an object like {"en": "…"}, not ${describeValue(value)}.`);
      return { en: '' };
    }
    const nested = new FieldReader(value, this.reporter, this.featureId, `${this.name(key)}.`);
    const text: LocalizedText = { en: nested.string('en') };
    const ko = nested.optionalString('ko');
    if (ko !== undefined) text.ko = ko;
    this.failed ||= nested.failed;
    return text;
  }

  /** Optional text in English (required inside it) and Korean; a bad one is reported and left out. */
  optionalLocalized(key: string): LocalizedText | undefined {
    return this.optionalRecord(key, (nested) => {
      const text: LocalizedText = { en: nested.string('en') };
      const ko = nested.optionalString('ko');
      if (ko !== undefined) text.ko = ko;
      return text;
    });
  }

  /**
   * An optional object read field by field with a reader of its own (fields named "key.field" in messages). When
   * any of its required fields is unusable it is reported and left out; the record itself stays usable.
   */
  optionalRecord<T>(key: string, read: (nested: FieldReader) => T): T | undefined {
    const value = this.optional(key);
    if (value === undefined) return undefined;
    if (!isPlainObject(value)) {
      this.reportLeftOut('field.type', `Field "${this.name(key)}" must be an object, not ${describeValue(value)}; it was left out.`);
      return undefined;
    }
    const nested = new FieldReader(value, this.reporter, this.featureId, `${this.name(key)}.`);
    const record = read(nested);
    return nested.failed ? undefined : record;
  }

  /** An optional value of a closed list; anything else is reported and left out. */
  optionalOneOf<T extends string>(key: string, allowed: readonly T[]): T | undefined {
    const value = this.optional(key);
    if (value === undefined || allowed.includes(value as T)) return value as T | undefined;
    this.reportLeftOut('enum.invalid', `Field "${this.name(key)}" is ${describeValue(value)}, which is not one of: ${allowed.join(', ')}; it was left out.`);
    return undefined;
  }

  oneOf<T extends string>(key: string, allowed: readonly T[]): T {
    const value = this.properties[key];
    if (allowed.includes(value as T)) return value as T;
    if (value === undefined) {
      this.missing(key);
    } else {
      const near = typeof value === 'string' ? closestValue(value, allowed) : undefined;
      this.fail(
        'enum.invalid',
        `Field "${this.name(key)}" is ${describeValue(value)}, which is not one of: ${allowed.join(', ')}.`,
        near && `Did you mean "${near}"?`,
      );
    }
    return allowed[0] as T;
  }

  number(key: string, rule: NumberRule = {}): number {
    if (this.properties[key] === undefined) this.missing(key);
    return this.checkedNumber(key, rule, true) ?? 0;
  }

  optionalNumber(key: string, rule: NumberRule = {}): number | undefined {
    return this.optional(key) === undefined ? undefined : this.checkedNumber(key, rule, false);
  }

  /** An optional ISO date, partial allowed: "2019", "2019-01", "2019-01-31". */
  optionalDate(key: string): string | undefined {
    const value = this.optionalString(key);
    if (value === undefined || PARTIAL_ISO_DATE.test(value)) return value;
    this.reportLeftOut('date.invalid', `Field "${this.name(key)}" is "${value}", which is not an ISO date; it was left out.`, 'Write YYYY, YYYY-MM or YYYY-MM-DD.');
    return undefined;
  }

  optionalStringList(key: string): string[] | undefined {
    const value = this.optional(key);
    if (value === undefined || (Array.isArray(value) && value.every((item) => typeof item === 'string'))) return value;
    this.reportLeftOut('field.type', `Field "${this.name(key)}" must be a list of texts; it was left out.`);
    return undefined;
  }

  optionalStringRecord(key: string): Record<string, string> | undefined {
    const value = this.optional(key);
    if (value === undefined) return undefined;
    if (isPlainObject(value) && Object.values(value).every((item) => typeof item === 'string')) {
      return value as Record<string, string>;
    }
    this.reportLeftOut('field.type', `Field "${this.name(key)}" must be an object of texts; it was left out.`);
    return undefined;
  }

  /** A required object of lists of texts, e.g. {"rights": ["…"], "decade": ["…"]}. */
  stringListRecord(key: string): Record<string, string[]> {
    const value = this.properties[key];
    const isListRecord =
      isPlainObject(value) && Object.values(value).every((list) => Array.isArray(list) && list.every((item) => typeof item === 'string'));
    if (isListRecord) return Object.fromEntries(Object.entries(value).map(([facet, list]) => [facet, [...(list as string[])]]));
    if (value === undefined) this.missing(key);
    else this.fail('field.type', `Field "${this.name(key)}" must be an object of lists of texts, like {"rights": ["…"]}.`);
    return {};
  }

  /** A required list of source references (possibly empty: callers decide how many are needed). */
  sourceRefs(key: string): SourceRef[] {
    const value = this.properties[key];
    if (!Array.isArray(value)) {
      if (value === undefined) this.missing(key, 'Cite at least one source: [{"sourceId": "…"}].');
      else this.fail('field.type', `Field "${this.name(key)}" must be a list of {"sourceId": …}, not ${describeValue(value)}.`);
      return [];
    }
    return value.map((item: unknown, index) => {
      if (!isPlainObject(item)) {
        this.fail('field.type', `Field "${this.name(key)}[${index}]" must be an object like {"sourceId": "…"}, not ${describeValue(item)}.`);
        return { sourceId: '' };
      }
      const ref = new FieldReader(item, this.reporter, this.featureId, `${this.name(key)}[${index}].`);
      const sourceRef: SourceRef = { sourceId: ref.string('sourceId') };
      const locator = ref.optionalString('locator');
      const quote = ref.optionalString('quote');
      const fields = ref.optionalStringRecord('fields');
      const doubt = ref.optionalLocalized('doubt');
      if (locator !== undefined) sourceRef.locator = locator;
      if (quote !== undefined) sourceRef.quote = quote;
      if (fields !== undefined) sourceRef.fields = { ...fields };
      if (doubt !== undefined) sourceRef.doubt = doubt;
      this.failed ||= ref.failed;
      return sourceRef;
    });
  }

  /** Reports something odd that leaves the record usable. */
  warning(code: string, message: string, hint?: string): void {
    this.reporter.warning(this.featureId, code, message, hint);
  }

  /** Reports an error that makes the record unusable. */
  fail(code: string, message: string, hint?: string): void {
    this.failed = true;
    this.reporter.error(this.featureId, code, message, hint);
  }

  private checkedNumber(key: string, rule: NumberRule, required: boolean): number | undefined {
    const value = this.properties[key];
    const report = (code: string, message: string, hint?: string) =>
      required ? this.fail(code, message, hint) : this.reportLeftOut(code, `${message.slice(0, -1)}; it was left out.`, hint);
    if (typeof value !== 'number') {
      if (value === undefined) return undefined;
      const hint = isNumericText(value) ? `Write it as a number, without quotes: ${value.trim()}.` : undefined;
      report('number.notNumber', `Field "${this.name(key)}" must be a number, not ${describeValue(value)}.`, hint);
    } else if (rule.integer && !Number.isInteger(value)) {
      report('field.type', `Field "${this.name(key)}" must be a whole number, not ${value}.`);
    } else if (rule.positive && value <= 0) {
      report('field.range', `Field "${this.name(key)}" must be greater than 0, not ${value}.`);
    } else {
      return value;
    }
    return undefined;
  }

  /** An optional field's value; null counts as absent, as many JSON writers put it for "no value". */
  private optional(key: string): unknown {
    return this.properties[key] ?? undefined;
  }

  private missing(key: string, hint?: string): void {
    this.fail('field.missing', `Field "${this.name(key)}" is missing or empty.`, hint);
  }

  /** Reports a bad optional field, which the caller leaves out of the record. */
  reportLeftOut(code: string, message: string, hint?: string): void {
    this.reporter.error(this.featureId, code, message, hint);
  }

  private name(key: string): string {
    return `${this.prefix}${key}`;
  }
}

/** An allowed value the given one probably meant: same letters ignoring case, spaces and hyphens. */
function closestValue<T extends string>(value: string, allowed: readonly T[]): T | undefined {
  const normalise = (text: string) => text.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return allowed.find((candidate) => normalise(candidate) === normalise(value));
}
