/**
 * JSON: one document whose records are written as they are evaluated (each record's text
 * begins with a comma; the writer drops the very first one). NDJSON: one record object per
 * line, each with the evaluation date, and no summary. Records are written as bytes (BytesOut),
 * straight into the output's bytes (a batch's, or a chunk of a case file's records).
 */
import { BytesOut } from '../json-out.js';
import { OutBuffer } from '../out-buffer.js';
import type { RulesPack } from '../../rules/load.js';
import { rulesJson, summaryJson, writeRecord, type RecordWriting } from '../present.js';
import type { EvaluatedRecord } from '../../engine/types.js';
import type { DocumentFormat, FormatOptions } from './types.js';

const indent = (json: string, pad: string) => json.replace(/\n/g, `\n${pad}`);

/** A record's text, written as bytes (for the callers that want text). */
function asText(recordInto: NonNullable<DocumentFormat['recordInto']>): (rec: EvaluatedRecord) => string {
  const scratch = new OutBuffer(1 << 14);
  return (rec) => {
    recordInto(scratch, rec);
    const bytes = scratch.take(0);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
  };
}

export function jsonFormat(o: FormatOptions, pack: RulesPack): DocumentFormat {
  const options = { pack, lang: o.lang, explain: o.explain, mask: o.mask };
  const w = new BytesOut(true, '    ');
  const recordInto = (out: OutBuffer, rec: EvaluatedRecord, input?: RecordWriting['input']): void => {
    out.ascii(',\n    ');
    w.begin(out);
    writeRecord(w, rec, options, { input });
  };
  return {
    head: () => `{\n  "as_of": ${JSON.stringify(o.asOf)},\n  "rules": ${indent(JSON.stringify(rulesJson(pack), null, 2), '  ')},\n  "records": [`,
    record: asText(recordInto),
    recordInto,
    tail: (summary) => `\n  ],\n  "summary": ${indent(JSON.stringify(summaryJson(summary), null, 2), '  ')}\n}\n`,
  };
}

export function ndjsonFormat(o: FormatOptions, pack: RulesPack): DocumentFormat {
  const options = { pack, lang: o.lang, explain: o.explain, mask: o.mask };
  const w = new BytesOut();
  const recordInto = (out: OutBuffer, rec: EvaluatedRecord, input?: RecordWriting['input']): void => {
    w.begin(out);
    writeRecord(w, rec, options, { asOf: o.asOf, input });
    out.ascii('\n');
  };
  return { head: () => '', record: asText(recordInto), recordInto, tail: () => '' };
}
