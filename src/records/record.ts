/**
 * From a record as written (JSON/YAML keys or CSV headers, raw values) to a parsed record:
 * keys mapped to field names through the alias table, empty values dropped, every field
 * validated by the type's zod schema. An invalid record keeps all its errors and no values.
 */
import { asText, excerpt, quoted } from '../core/excerpt.js';
import { FIELDS, fieldForKeyIn, fieldSpec, type FieldSpec, type RecordType } from './fields.js';
import { isBlank, PARSERS } from './kinds.js';
import { isInvalid } from './values.js';
import { ownValue, setOwn } from '../core/own-keys.js';
import { RECORD_SCHEMAS } from './schema.js';
import type { SourceRef } from './source.js';

export { sourceText, type SourceRef } from './source.js';

export interface FieldError {
  field: string;
  value: unknown;
  message: string;
  /** The line of the field in the input, where known; else the record's line. */
  line?: number;
}

export interface InputRecord {
  source: SourceRef;
  type: RecordType;
  case_id: string | null;
  /** The record as written, keyed by field name (unknown keys as written). */
  raw: Record<string, unknown>;
  /** Parsed field values, and extra fields as written; empty when the record is invalid. */
  facts: Record<string, unknown>;
  /** Keys that are not fields of the record's type, in their order. */
  extra: string[];
  errors: FieldError[];
}

/** A record's values keyed by field, as written (raw) and those not blank (known); keys of no field apart. */
interface ByField {
  raw: Record<string, unknown>;
  known: Record<string, unknown>;
  extra: string[];
  errors: FieldError[];
  /** The key each field was written under. */
  keyOf: Map<string, string>;
}

/**
 * Maps a record's keys to its type's fields (`settled`: its keys are field names already, any
 * other key no field); a field given twice with different values is an error.
 */
function byField(type: RecordType, written: Readonly<Record<string, unknown>>, extras: readonly FieldSpec[], settled: boolean): ByField {
  const raw: Record<string, unknown> = {};
  const known: Record<string, unknown> = {};
  const extra: string[] = [];
  const errors: FieldError[] = [];
  const keyOf = new Map<string, string>();
  for (const [key, value] of Object.entries(written)) {
    const field = settled ? (fieldSpec(type, key, extras) ? key : undefined) : fieldForKeyIn(type, key, extras);
    if (key === 'type' || field === 'type') continue;
    if (!field) {
      setOwn(raw, key, value);
      extra.push(key);
      continue;
    }
    const earlier = keyOf.get(field);
    if (earlier !== undefined && !isBlank(known[field]) && !isBlank(value) && asText(known[field]).trim() !== asText(value).trim()) {
      errors.push({
        field,
        value,
        message: `given twice, as ${excerpt(earlier)} (${quoted(known[field])}) and as ${excerpt(key)} (${quoted(value)}); keep one`,
      });
      // Both values are kept as written: the field's own name holds its value, another key its own.
      if (key === field) {
        setOwn(raw, earlier, raw[field]);
        raw[field] = value;
      } else {
        setOwn(raw, key, value);
      }
      continue;
    }
    keyOf.set(field, key);
    raw[field] = value;
    if (!isBlank(value)) known[field] = value;
  }
  return { raw, known, extra, errors, keyOf };
}

/**
 * Reads one record. `defaults` supplies values the record does not carry itself (the case
 * file's case_id); `settled`: its keys are its type's field names already (see byField).
 */
export function parseRecord(
  type: RecordType,
  written: Readonly<Record<string, unknown>>,
  source: SourceRef,
  defaults: { case_id?: string } = {},
  lines?: Readonly<Record<string, number>>,
  extras: readonly FieldSpec[] = [],
  settled = false,
): InputRecord {
  const { raw, known, extra, errors, keyOf } = byField(type, written, extras, settled);
  if (known.case_id === undefined && defaults.case_id !== undefined) known.case_id = defaults.case_id;

  const parsed = RECORD_SCHEMAS[type].safeParse(known);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      const required = FIELDS[type].find((s) => s.name === field)?.required;
      const missing = known[field] === undefined;
      errors.push({
        field,
        value: known[field] ?? null,
        message: missing && required ? `${field} is required` : issue.message,
      });
    }
  }
  if (errors.length && (lines || source.line)) {
    for (const e of errors) {
      const line = (lines && ownValue(lines, keyOf.get(e.field) ?? e.field)) ?? source.line;
      if (line !== undefined) e.line = line;
    }
  }
  const caseId = typeof known.case_id === 'string' || typeof known.case_id === 'number' ? String(known.case_id).trim() : null;
  const facts: Record<string, unknown> = parsed.success ? { ...parsed.data } : {};
  // Fields that the rules pack adds: read with the parser of their kind (their errors too are
  // reported beside the others, as the byte reader reports them).
  for (const spec of extras) {
    const raw = known[spec.name];
    if (raw === undefined) continue;
    const value = PARSERS[spec.kind](raw);
    if (isInvalid(value)) {
      const at = (lines && ownValue(lines, keyOf.get(spec.name) ?? spec.name)) ?? source.line;
      errors.push({ field: spec.name, value: raw, message: value.error, ...(at ? { line: at } : {}) });
    } else {
      facts[spec.name] = value;
    }
  }
  if (errors.length || !parsed.success) return { source, type, case_id: caseId, raw, facts: {}, extra, errors };
  for (const spec of FIELDS[type]) {
    if (spec.defaultFrom && facts[spec.name] === undefined) facts[spec.name] = facts[spec.defaultFrom];
  }
  for (const key of extra) if (!isBlank(raw[key])) setOwn(facts, key, raw[key]);
  return { source, type, case_id: (facts.case_id as string | undefined) ?? null, raw, facts, extra, errors };
}
