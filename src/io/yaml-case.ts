/**
 * YAML case files, read whole (up to YAML_MAX_BYTES): `{case_id, type, records: [...]}` or a
 * list of records that each carry `type`. Every record keeps the line it starts on, and each of
 * its keys its own line; aliases are resolved with bounds.
 */
import { Composer, isAlias, isMap, isScalar, isSeq, LineCounter, Parser, visit, type CST, type Document, type Node, type YAMLMap } from 'yaml';
import { bilingual, InputError } from '../errors.js';
import { say } from './messages.js';
import { excerpt, quoted } from '../core/excerpt.js';
import { isTypeKey, type RecordType } from '../records/fields.js';
import { setOwn } from '../core/own-keys.js';
import { caseIdOf, empty, KeyList, notACase, typeOf, type CaseSummary } from './case-shape.js';
import { FOUND, MAX_DEPTH, TOO_DEEP, TOO_DEEP_ZH } from './json-scan.js';
import type { WrittenRecord } from './written.js';

/**
 * YAML is read whole, and its parser needs some 50 times the file's size (a run over one of
 * 8 MB peaks at about 530 MB): above this size a YAML input is refused, so that a run stays
 * well within 1 GB (JSON, NDJSON and CSV stream, at any size).
 */
export const YAML_MAX_BYTES = 8 << 20;
/**
 * The most values a YAML input may hold, counted cheaply before it is parsed (its line breaks,
 * commas and colons): some 1.5 KB of memory each once read, so that a YAML input stays well under
 * 1 GB however short its values (8 MB of `[1,1,…]` would take some 4 GB).
 */
export const YAML_MAX_VALUES = 300_000;

/** About how many values a YAML text holds: its line breaks, commas and colons (at least as many). */
function roughValues(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 44 || c === 58) n++;
  }
  return n;
}

/**
 * What a YAML value was written as, where YAML reads digits as a number that loses some of
 * them: leading zeros (a case_id 00123), or more digits than a number holds exactly (an ID
 * number left unquoted). Other values as YAML reads them.
 */
function asWritten(node: Node, value: unknown): unknown {
  if (typeof value !== 'number' || !isScalar(node) || typeof node.source !== 'string') return value;
  return /^[0-9]+$/.test(node.source) && node.source !== String(value) ? node.source : value;
}

/** The deepest nesting of collections in a YAML syntax tree, and where it passes `limit`. */
function tooDeep(tokens: readonly CST.Token[], limit: number): number | undefined {
  const stack: [CST.Token, number][] = tokens.map((t) => [t, 0]);
  while (stack.length) {
    const [token, depth] = stack.pop()!;
    if (token.type === 'document') {
      if (token.value) stack.push([token.value, depth]);
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth + 1 > limit) return token.offset;
      for (const item of token.items) {
        if (item.key) stack.push([item.key, depth + 1]);
        if (item.value) stack.push([item.value, depth + 1]);
      }
    }
  }
  return undefined;
}

/** What a value read from YAML is, in the words of FOUND. */
function kindOf(value: unknown): string {
  if (Array.isArray(value)) return FOUND.list;
  if (ArrayBuffer.isView(value)) return 'binary data';
  if (typeof value === 'string') return FOUND.text;
  if (typeof value === 'number') return FOUND.number;
  if (typeof value === 'boolean') return value ? FOUND.true : FOUND.false;
  return typeof value === 'object' && value !== null ? FOUND.mapping : typeof value;
}

/** Where a YAML text is: a position's file:line:col (`at`), and its line. */
interface Places {
  at(offset: number): string;
  lineAt(offset: number): number;
}

/** A key given twice in a mapping, said with its name and the line of its first (`key` at `offset`; `same` finds the first). */
function keyTwiceError(places: Places, offset: number, map: YAMLMap, same: (key: unknown) => boolean, key: string): InputError {
  const first = map.items.find((pair) => same(pair.key))?.key as Node | undefined;
  const firstOffset = first?.range?.[0];
  return new InputError(say('yamlKeyTwice', { where: places.at(offset), key: excerpt(key), first: firstOffset === undefined ? undefined : places.lineAt(firstOffset) }));
}

/** What the yaml package found given twice at `offset` (its DUPLICATE_KEY): that key, by name where it is text. */
function yamlKeyTwice(doc: Document.Parsed, offset: number, places: Places): InputError {
  let error: InputError | undefined;
  visit(doc, {
    Map(_, map) {
      const key = map.items.find((pair) => isScalar(pair.key) && pair.key.range?.[0] === offset)?.key;
      if (!isScalar(key)) return undefined;
      error = keyTwiceError(places, offset, map, (k) => isScalar(k) && k.value === key.value, String(asWritten(key, key.value)));
      return visit.BREAK;
    },
  });
  return error ?? new InputError(say('yamlKeyTwice', { where: places.at(offset), key: undefined, first: undefined }));
}

/** A YAML text parsed into one document, within the bounds of size and depth; `places` names a position in it. */
function parseYaml(text: string, file: string): { doc: Document.Parsed; counter: LineCounter; places: Places } {
  const counter = new LineCounter();
  const at = (offset: number) => {
    const pos = counter.linePos(offset);
    return `${file}:${pos.line}:${pos.col}`;
  };
  const places: Places = { at, lineAt: (offset) => counter.linePos(offset).line };
  if (roughValues(text) > YAML_MAX_VALUES) {
    throw new InputError(say('yamlTooLarge', { file, max: YAML_MAX_VALUES }));
  }
  const tokens = Array.from(new Parser(counter.addNewLine).parse(text));
  const deep = tooDeep(tokens, MAX_DEPTH);
  if (deep !== undefined) throw new InputError(bilingual(`${at(deep)}: ${TOO_DEEP}`, `${at(deep)}:${TOO_DEEP_ZH}`));
  const docs = Array.from(new Composer({ uniqueKeys: true }).compose(tokens, true, text.length));
  const doc = docs[0]!;
  const error = doc.errors[0];
  if (error?.code === 'DUPLICATE_KEY') throw yamlKeyTwice(doc, error.pos[0], places);
  if (error) {
    const message = error.message.split('\n')[0]!;
    throw new InputError(say('invalidYaml', { where: at(error.pos[0]), why: message.length > 120 ? `${message.slice(0, 120)}…` : message }));
  }
  if (docs.length > 1) throw new InputError(say('secondYamlDoc', { where: at(docs[1]!.range[0]) }));
  return { doc, counter, places };
}

/** What a document that is neither a case nor a list of records holds, for its message. */
function foundInstead(contents: unknown, recordsNode: Node | null | undefined, values: YamlValues): string {
  const value = contents === null || contents === undefined ? null : values.of(contents as Node);
  if (value === null || value === undefined) return 'nothing';
  if (!isMap(contents)) return kindOf(value);
  return contents.has('records') && (recordsNode == null || values.of(recordsNode) === null) ? EMPTY_RECORDS : 'a mapping without records';
}

/** What a case whose records: holds nothing is (an unfilled template). */
const EMPTY_RECORDS = 'records: with nothing under it (uncomment the example record: remove the "# " at the start of its lines)';

/**
 * Reads a YAML case file whole. Aliases are resolved here, not by the yaml package: an alias
 * that holds itself, or aliases that expand past a bound (a "billion laughs"), are refused.
 */
export function readYamlCase(text: string, file: string, defaultType?: RecordType): { records: WrittenRecord[]; summary: CaseSummary } {
  const { doc, counter, places } = parseYaml(text, file);
  const lineOf = (node: Node | null | undefined): number | undefined => (node?.range ? counter.linePos(node.range[0]).line : undefined);
  const values = new YamlValues(doc, places);

  let items: Node[];
  let caseType: RecordType | undefined;
  let caseId: string | undefined;
  const contents = values.resolve(doc.contents);
  const recordsNode = isMap(contents) ? values.resolve(contents.get('records', true) as Node | undefined) : undefined;
  if (isSeq(contents)) {
    items = contents.items as Node[];
  } else if (isMap(contents) && isSeq(recordsNode)) {
    items = recordsNode.items as Node[];
    const typeNode = contents.get('type', true) as Node | undefined;
    const type = typeNode === undefined ? undefined : values.of(typeNode);
    if (type !== undefined) caseType = typeOf(type, `${file}:${lineOf(typeNode)}`);
    const idNode = contents.get('case_id', true) as Node | undefined;
    caseId = idNode === undefined ? undefined : caseIdOf(values.of(idNode));
  } else {
    throw notACase(file, foundInstead(contents, recordsNode, values));
  }

  const summary: CaseSummary = { records: items.length, types: new Set(), keys: [], ...(caseId !== undefined ? { caseId } : {}), ...(caseType ? { caseType } : {}) };
  const keyList = new KeyList();
  const itemLines = items.map(lineOf);
  // Where records share a line (a flow list), each is named by its place in the file too.
  const numbered = itemLines.some((line, i) => line !== undefined && line === itemLines[i - 1]);
  if (numbered) summary.sharedLines = true;
  const records = items.map((item, i): WrittenRecord => {
    const line = itemLines[i];
    const where = { file, ...(line ? { line } : {}), record: i + 1 };
    const node = values.resolve(item);
    const written = values.of(item);
    if (!isMap(node) || written === null || typeof written !== 'object' || Array.isArray(written)) {
      throw new InputError(say('notMapping', { where, found: quoted(written) }));
    }
    const fields = written as Record<string, unknown>;
    const lines: Record<string, number> = {};
    for (const pair of node.items) {
      const keyLine = lineOf(pair.key as Node);
      if (keyLine !== undefined) setOwn(lines, values.keyOf(pair.key as Node), keyLine);
    }
    const own = Object.entries(fields).find(([k, v]) => isTypeKey(k) && !empty(v))?.[1];
    const type = typeOf(own ?? caseType ?? defaultType, where);
    summary.types.add(type);
    for (const key of Object.keys(fields)) keyList.add(type, key);
    keyList.endRecord(type);
    return {
      type,
      written: fields,
      source: { file, ...(line ? { line } : {}), ...(numbered ? { record: i + 1 } : {}) },
      lines,
      defaults: caseId !== undefined ? { case_id: caseId } : {},
    };
  });
  summary.keys = keyList.resolve(undefined);
  return { records, summary };
}

/**
 * Values of a YAML document's nodes, as JavaScript: every mapping an object of its own keys
 * (`__proto__` too), digits read as written (asWritten), aliases resolved with bounds.
 */
class YamlValues {
  /** The node each alias stands for: the last anchor of its name before it. */
  private readonly targets = new Map<Node, Node>();
  /** Values that aliases may add, beyond those written (a bound against "billion laughs"). */
  private budget: number;
  private readonly active = new Set<Node>();

  constructor(
    doc: Document.Parsed,
    private readonly places: Places,
  ) {
    const anchors = new Map<string, Node>();
    let nodes = 0;
    // Document order, without recursion: an alias refers to the last anchor of its name before it.
    const stack: unknown[] = [doc.contents];
    while (stack.length) {
      const node = stack.pop();
      if (!node || typeof node !== 'object') continue;
      nodes++;
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        if (target) this.targets.set(node, target);
        continue;
      }
      const anchor = (node as { anchor?: string }).anchor;
      if (anchor) anchors.set(anchor, node as Node);
      if (isMap(node)) {
        for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]!.value, node.items[i]!.key);
      } else if (isSeq(node)) {
        for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
      }
    }
    this.budget = Math.max(10_000, nodes);
  }

  /** The node itself, or the one an alias stands for. */
  resolve(node: Node | null | undefined): Node | null | undefined {
    return node && isAlias(node) ? this.targets.get(node) : node;
  }

  /** A key as an object's property name: a scalar's text (a null key: ''). */
  keyOf(node: Node | null): string {
    const key = this.resolve(node);
    if (key === null || key === undefined) return '';
    if (!isScalar(key)) throw new InputError(say('yamlKeyNotScalar', { where: this.places.at(node!.range?.[0] ?? 0) }));
    const value = asWritten(key, key.value);
    return value === null || value === undefined ? '' : String(value);
  }

  /** The value of a node; `aliased`: inside an alias's value, where every value counts against the budget. */
  of(node: Node, depth = 0, aliased = false): unknown {
    let target = node;
    if (isAlias(node)) {
      aliased = true;
      const resolved = this.targets.get(node);
      if (!resolved) throw new InputError(say('yamlNoAnchor', { where: this.places.at(node.range?.[0] ?? 0), name: node.source }));
      if (this.active.has(resolved)) throw new InputError(say('yamlAliasLoop', { where: this.places.at(node.range?.[0] ?? 0), name: node.source }));
      target = resolved;
    }
    if (depth > MAX_DEPTH) throw new InputError(say('yamlAliasDeep', { where: this.places.at(node.range?.[0] ?? 0), max: MAX_DEPTH }));
    if (aliased && --this.budget < 0) throw this.expansion(node);
    if (isScalar(target)) return asWritten(target, target.value);
    this.active.add(target);
    try {
      if (isSeq(target)) {
        const list: unknown[] = [];
        for (const item of target.items) list.push(this.of(item as Node, depth + 1, aliased));
        return list;
      }
      if (isMap(target)) {
        const map: Record<string, unknown> = {};
        for (const pair of target.items) {
          const key = this.keyOf(pair.key as Node);
          // Keys the yaml package holds apart but that are one name here (1 and "1", ~ and ""): given twice.
          if (Object.hasOwn(map, key)) throw keyTwiceError(this.places, (pair.key as Node).range?.[0] ?? 0, target, (k) => this.keyOf(k as Node) === key, key);
          setOwn(map, key, pair.value === null ? null : this.of(pair.value as Node, depth + 1, aliased));
        }
        return map;
      }
      return null;
    } finally {
      this.active.delete(target);
    }
  }

  private expansion(node: Node): InputError {
    return new InputError(say('yamlExpansion', { where: this.places.at(node.range?.[0] ?? 0) }));
  }
}
