/**
 * What the command line writes or opens, as the library offers it: the JSON Schema, the text
 * templates and a ledger, with their arguments checked as the commands check theirs (a record
 * type by its id or its Chinese name) and the commands' defaults.
 */
import { UsageError } from '../errors.js';
import { LEDGER_BUSY_MS } from '../ledger/ledger.js';
import { jsonSchema as schemaOf, schemaTargetOf, type JsonSchema, type SchemaTarget } from '../app/schema.js';
import { template as templateText, templateHeaders as headersOf, TEMPLATE_FORMATS, type TemplateFormat } from '../app/template.js';
import type { Lang } from '../i18n/lang.js';
import { openLedger as open, type Ledger, type OpenOptions as LedgerOpenOptions } from '../ledger/ledger.js';
import type { RecordType } from '../records/fields.js';
import { langArg, shown, textArg, typeArg } from './checks.js';
import { say } from './messages.js';

/** A record type by its id or its Chinese name (送工, 吸纳就业, 创业). */
export type RecordTypeName = RecordType | (string & {});

/**
 * The JSON Schema of a case file (`case`, the default) or of one record type (its id or its
 * Chinese name), as `subsidy schema` prints it.
 */
export function jsonSchema(target: SchemaTarget | RecordTypeName = 'case'): JsonSchema {
  return schemaOf(schemaTargetOf(typeof target === 'string' ? target : shown(target)));
}

export interface TemplateOptions {
  /** The record type: its id or its Chinese name. */
  type: RecordTypeName;
  /** csv, json or yaml (a workbook is binary: the command writes it). */
  format: TemplateFormat;
  /** The names of the fields (English field names, or Chinese headers), and the language of the explanations. */
  lang: Lang;
  /** Start a CSV template with a UTF-8 byte order mark, for Excel. */
  bom?: boolean;
}

function formatArg(value: unknown): TemplateFormat {
  const format = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if (format === 'xlsx') throw new UsageError(say('xlsxTemplate'));
  if ((TEMPLATE_FORMATS as readonly unknown[]).includes(format)) return format as TemplateFormat;
  throw new UsageError(say('oneOf', { what: 'template: format', value: shown(value), choices: { en: 'csv, json or yaml', zh: 'csv、json 或 yaml' } }));
}

/** The text of a template, as `subsidy template` writes it. */
export function template(o: TemplateOptions): string {
  const { type, format, lang, bom } = (o ?? {}) as Partial<TemplateOptions>;
  return templateText({ type: typeArg('template: type', type), format: formatArg(format), lang: langArg('template: lang', lang), bom: bom === true });
}

/** The CSV template's header: every field of the type, under its name (en) or its first Chinese header (zh). */
export function templateHeaders(type: RecordTypeName, lang: Lang): string[] {
  return headersOf(typeArg('templateHeaders: type', type), langArg('templateHeaders: lang', lang));
}

/** How the library opens a ledger: for reading unless `write`, waiting up to `busyMs` (default 5000, as the command line). */
export interface OpenOptions extends Omit<LedgerOpenOptions, 'write' | 'busyMs'> {
  /** Whether to write (the ledger is made, or migrated, if need be); default false. */
  write?: boolean;
  /** How long to wait for a ledger another process is writing, in ms (default 5000). */
  busyMs?: number;
}

/** Opens a ledger: an SQLite file, or a PostgreSQL database (postgres:// or postgresql://). */
export async function openLedger(spec: string, options?: OpenOptions): Promise<Ledger> {
  const o = options ?? {};
  const where = textArg('openLedger: ledger', spec, { en: 'an SQLite file or a postgres:// address (a string)', zh: 'SQLite 文件或 postgres:// 地址(字符串)' });
  const busyMs = o.busyMs ?? LEDGER_BUSY_MS;
  if (typeof busyMs !== 'number' || !(busyMs > 0) || !Number.isFinite(busyMs)) {
    throw new UsageError(say('expected', { what: 'openLedger: busyMs', value: shown(busyMs), expected: { en: 'a number of milliseconds over 0', zh: '大于 0 的毫秒数' } }));
  }
  return open(where, { ...o, write: o.write === true, busyMs });
}
