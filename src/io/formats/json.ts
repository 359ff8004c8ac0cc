/**
 * JSON: one document whose records are written as they are evaluated (each record's text
 * begins with a comma; the writer drops the very first one). NDJSON: one record object per
 * line, each with the evaluation date, and no summary.
 */
import type { RulesPack } from '../../rules/load.js';
import type { CompiledProgram } from '../../rules/compiled.js';
import { citationOf, recordJson, rulesJson, summaryJson, type PresentOptions, type ResultJson } from '../present.js';
import { Citations } from './citations.js';
import type { EvaluatedRecord } from '../../engine/types.js';
import type { DocumentFormat, FormatOptions } from './types.js';

const indent = (json: string, pad: string) => json.replace(/\n/g, `\n${pad}`);

/** Options of recordJson whose citations are tokens (see Citations). */
function withTokens(o: FormatOptions, pack: RulesPack, citations: Citations): PresentOptions {
  // A token stands where the citation goes, until Citations writes it.
  const citation = (program: CompiledProgram) => citations.token(program) as unknown as ResultJson['citation'];
  return { pack, lang: o.lang, explain: o.explain, mask: o.mask, citation };
}

const citationsOf = (o: FormatOptions, pack: RulesPack, space: number) => new Citations((program) => citationOf(program, pack, o.lang), space);

export function jsonFormat(o: FormatOptions, pack: RulesPack): DocumentFormat {
  const citations = citationsOf(o, pack, 2);
  const options = withTokens(o, pack, citations);
  const text = (rec: EvaluatedRecord) => `,\n    ${indent(JSON.stringify(recordJson(rec, options), null, 2), '    ')}`;
  return {
    head: () => `{\n  "as_of": ${JSON.stringify(o.asOf)},\n  "rules": ${indent(JSON.stringify(rulesJson(pack), null, 2), '  ')},\n  "records": [`,
    record: (rec) => citations.expand(text(rec)),
    recordInto: (out, rec) => citations.writeInto(out, text(rec)),
    tail: (summary) => `\n  ],\n  "summary": ${indent(JSON.stringify(summaryJson(summary), null, 2), '  ')}\n}\n`,
  };
}

export function ndjsonFormat(o: FormatOptions, pack: RulesPack): DocumentFormat {
  const citations = citationsOf(o, pack, 0);
  const options = withTokens(o, pack, citations);
  const text = (rec: EvaluatedRecord) => `${JSON.stringify({ as_of: o.asOf, ...recordJson(rec, options) })}\n`;
  return {
    head: () => '',
    record: (rec) => citations.expand(text(rec)),
    recordInto: (out, rec) => citations.writeInto(out, text(rec)),
    tail: () => '',
  };
}
