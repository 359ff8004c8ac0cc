/**
 * JSON: one document whose records are written as they are evaluated (each record's text
 * begins with a comma; the writer drops the very first one). NDJSON: one record object per
 * line, each with the evaluation date, and no summary.
 */
import type { RulesPack } from '../../rules/load.js';
import { recordJson, rulesJson, summaryJson } from '../present.js';
import type { DocumentFormat, FormatOptions } from './types.js';

const indent = (json: string, pad: string) => json.replace(/\n/g, `\n${pad}`);

export function jsonFormat(o: FormatOptions, pack: RulesPack): DocumentFormat {
  const options = { pack, lang: o.lang, explain: o.explain, mask: o.mask };
  return {
    head: () => `{\n  "as_of": ${JSON.stringify(o.asOf)},\n  "rules": ${indent(JSON.stringify(rulesJson(pack), null, 2), '  ')},\n  "records": [`,
    record: (rec) => `,\n    ${indent(JSON.stringify(recordJson(rec, options), null, 2), '    ')}`,
    tail: (summary) => `\n  ],\n  "summary": ${indent(JSON.stringify(summaryJson(summary), null, 2), '  ')}\n}\n`,
  };
}

export function ndjsonFormat(o: FormatOptions, pack: RulesPack): DocumentFormat {
  const options = { pack, lang: o.lang, explain: o.explain, mask: o.mask };
  return {
    head: () => '',
    record: (rec) => `${JSON.stringify({ as_of: o.asOf, ...recordJson(rec, options) })}\n`,
    tail: () => '',
  };
}
