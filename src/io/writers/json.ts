/**
 * JSON (one document, streamed: records are written as they are evaluated) and NDJSON
 * (one record object per line, each with the evaluation date).
 */
import { recordJson, rulesJson, summaryJson } from '../present.js';
import type { RecordWriter, WriterContext } from './types.js';

const indent = (json: string, pad: string) => json.replace(/\n/g, `\n${pad}`);

export function jsonWriter(ctx: WriterContext): RecordWriter {
  const options = { pack: ctx.pack, lang: ctx.lang, explain: ctx.explain };
  let first = true;
  return {
    async begin() {
      const head = `{\n  "as_of": ${JSON.stringify(ctx.asOf)},\n  "rules": ${indent(JSON.stringify(rulesJson(ctx.pack), null, 2), '  ')},\n  "records": [`;
      await ctx.sink.write(head);
    },
    async write(record) {
      const json = indent(JSON.stringify(recordJson(record, options), null, 2), '    ');
      await ctx.sink.write(`${first ? '\n' : ',\n'}    ${json}`);
      first = false;
    },
    async end(summary) {
      await ctx.sink.write(`${first ? '' : '\n  '}],\n  "summary": ${indent(JSON.stringify(summaryJson(summary), null, 2), '  ')}\n}\n`);
    },
  };
}

export function ndjsonWriter(ctx: WriterContext): RecordWriter {
  const options = { pack: ctx.pack, lang: ctx.lang, explain: ctx.explain };
  return {
    async begin() {},
    async write(record) {
      await ctx.sink.write(`${JSON.stringify({ as_of: ctx.asOf, ...recordJson(record, options) })}\n`);
    },
    async end() {},
  };
}
