import type { RulesPack } from '../../rules/load.js';
import { auditCsvFormat, auditJsonFormat, auditNdjsonFormat } from './audit.js';
import { auditTableFormat } from './audit-table.js';
import { csvFormat } from './csv.js';
import { jsonFormat, ndjsonFormat } from './json.js';
import { tableFormat } from './table.js';
import type { DocumentFormat, FormatOptions, OutputFormat } from './types.js';

const FORMATS: Record<OutputFormat, (o: FormatOptions, pack: RulesPack) => DocumentFormat> = {
  table: tableFormat,
  json: jsonFormat,
  ndjson: ndjsonFormat,
  csv: csvFormat,
  xlsx: csvFormat,
};

const AUDIT_FORMATS: Record<OutputFormat, (o: FormatOptions, pack: RulesPack) => DocumentFormat> = {
  table: auditTableFormat,
  json: auditJsonFormat,
  ndjson: auditNdjsonFormat,
  csv: auditCsvFormat,
  xlsx: auditCsvFormat,
};

export function makeFormat(o: FormatOptions, pack: RulesPack): DocumentFormat {
  return (o.mode === 'audit' ? AUDIT_FORMATS : FORMATS)[o.format](o, pack);
}

export * from './types.js';
