import type { RulesPack } from '../../rules/load.js';
import { csvFormat } from './csv.js';
import { jsonFormat, ndjsonFormat } from './json.js';
import { tableFormat } from './table.js';
import type { DocumentFormat, FormatOptions, OutputFormat } from './types.js';

const FORMATS: Record<OutputFormat, (o: FormatOptions, pack: RulesPack) => DocumentFormat> = {
  table: tableFormat,
  json: jsonFormat,
  ndjson: ndjsonFormat,
  csv: csvFormat,
};

export function makeFormat(o: FormatOptions, pack: RulesPack): DocumentFormat {
  return FORMATS[o.format](o, pack);
}

export * from './types.js';
