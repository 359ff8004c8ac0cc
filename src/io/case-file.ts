/**
 * Case files: JSON or YAML, either `{case_id, type, records: [...]}` or a list of records
 * that each carry `type`. Every record keeps the line it starts on.
 */
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node } from 'yaml';
import { InputError } from '../errors.js';
import { RECORD_TYPES, TYPE_FIELD, normalizeHeader, recordTypeOf, type RecordType } from '../records/fields.js';

/** Whether a key names the record type: type, 类型, 记录类型, in any case or spacing. */
function isTypeKey(key: string): boolean {
  const k = normalizeHeader(key);
  return k === TYPE_FIELD.name || TYPE_FIELD.zh.includes(k);
}
import type { WrittenRecord } from './written.js';
import { setOwn } from '../records/own-keys.js';

export type CaseFormat = 'json' | 'yaml';

function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, col: offset - start + 1 };
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const at = /position (\d+)/.exec(message);
    let where = file;
    if (at) {
      const { line, col } = lineCol(text, Number(at[1]));
      where = `${file}:${line}:${col}`;
    } else {
      const doc = parseDocument(text);
      const pos = doc.errors[0]?.linePos?.[0];
      if (pos) where = `${file}:${pos.line}:${pos.col}`;
    }
    throw new InputError(`${where}: invalid JSON: ${message.split('\n')[0]}; fix the file or check it with a JSON validator`);
  }
}

function typeOf(value: unknown, where: string): RecordType {
  const type = recordTypeOf(value);
  if (!type) {
    throw new InputError(
      `${where}: ${value === undefined ? 'the record has no type' : `unknown record type ${JSON.stringify(value)}`}; ` +
        `use one of ${RECORD_TYPES.join(', ')} (in the record's "type", the case file's "type", or --type)`,
    );
  }
  return type;
}

/**
 * What a YAML value was written as, where YAML reads digits as a number that loses some of
 * them: leading zeros (a case_id 00123), or more digits than a number holds exactly (an ID
 * number left unquoted). Other values as YAML reads them.
 */
function asWritten(node: unknown, value: unknown): unknown {
  if (typeof value !== 'number' || !isScalar(node) || typeof node.source !== 'string') return value;
  return /^[0-9]+$/.test(node.source) && node.source !== String(value) ? node.source : value;
}

/** Reads a whole case file's text into written records, with their lines. */
export function readCaseFile(text: string, file: string, format: CaseFormat, defaultType?: RecordType): WrittenRecord[] {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  let data: unknown;
  if (format === 'json') {
    data = parseJson(text, file);
  } else {
    if (doc.errors.length) {
      const err = doc.errors[0]!;
      const pos = counter.linePos(err.pos[0]);
      throw new InputError(`${file}:${pos.line}:${pos.col}: invalid YAML: ${err.message.split('\n')[0]}; fix the file's indentation or quoting there`);
    }
    data = doc.toJS({ maxAliasCount: 1000 });
  }
  const lineOf = (node: unknown): number | undefined => {
    const range = (node as Node | undefined)?.range;
    return range ? counter.linePos(range[0]).line : undefined;
  };

  let items: unknown[];
  let nodes: unknown[] = [];
  let caseType: unknown;
  let caseId: string | undefined;
  if (Array.isArray(data)) {
    items = data;
    if (isSeq(doc.contents)) nodes = doc.contents.items;
  } else if (data !== null && typeof data === 'object' && Array.isArray((data as { records?: unknown }).records)) {
    const c = data as { records: unknown[]; type?: unknown; case_id?: unknown };
    items = c.records;
    caseType = c.type;
    const caseIdNode = isMap(doc.contents) ? doc.contents.get('case_id', true) : undefined;
    if (c.case_id !== undefined && c.case_id !== null) caseId = String(format === 'yaml' ? asWritten(caseIdNode, c.case_id) : c.case_id);
    const recs = isMap(doc.contents) ? doc.contents.get('records', true) : undefined;
    if (isSeq(recs)) nodes = recs.items;
  } else {
    throw new InputError(
      `${file}: expected a case {case_id, type, records: [...]} or a list of records each with a type; found ${
        data === null || data === undefined ? 'nothing' : Array.isArray(data) ? 'a list' : typeof data === 'object' ? 'a mapping without records' : typeof data
      }${file === '<stdin>' ? '; for CSV on standard input, pass --input-format csv' : ''}`,
    );
  }
  if (caseType !== undefined) {
    const typeLine = isMap(doc.contents) ? lineOf(doc.contents.get('type', true)) : undefined;
    typeOf(caseType, typeLine ? `${file}:${typeLine}` : file);
  }

  return items.map((item, i) => {
    const line = lineOf(nodes[i]);
    const where = `${file}${line ? `:${line}` : ''} (record ${i + 1})`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new InputError(`${where}: a record is a mapping of field: value; found ${JSON.stringify(item)}`);
    }
    const written = item as Record<string, unknown>;
    const lines: Record<string, number> = {};
    const node = nodes[i];
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        const at = lineOf(pair.key);
        if (key !== undefined && at !== undefined) setOwn(lines, key, at);
        if (key !== undefined && format === 'yaml' && Object.hasOwn(written, key)) setOwn(written, key, asWritten(pair.value, written[key]));
      }
    }
    const own = Object.entries(written).find(([k, v]) => isTypeKey(k) && v !== undefined && v !== null && v !== '')?.[1];
    const type = typeOf(own ?? caseType ?? defaultType, where);
    return {
      type,
      written,
      source: line ? { file, line } : { file },
      lines,
      defaults: caseId !== undefined ? { case_id: caseId } : {},
    };
  });
}
