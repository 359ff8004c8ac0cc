/**
 * CSV output: the input columns in their order, then each program's status, amount and short
 * reason (as a table gives it; empty when eligible), then the record's grant and loan totals and
 * its errors. Cells that a spreadsheet would take for a formula (starting with = + - @, tab or
 * carriage return) are prefixed with ' .
 */
import { FIELDS, RECORD_TYPES, TYPE_FIELD, fieldsNamedBy } from '../../records/fields.js';
import type { RulesPack } from '../../rules/load.js';
import type { CompiledProgram } from '../../rules/compiled.js';
import type { Lang } from '../../i18n/lang.js';
import type { CsvColumns, DocumentFormat, FormatOptions } from './types.js';

import { csvLine } from './csv-cell.js';
import { csvRowParts } from './csv-row.js';

export { csvCell, csvLine } from './csv-cell.js';
export { csvRowParts, CsvRowParts } from './csv-row.js';

/** Each field's Chinese headers. */
const ZH_FIELD = new Map<string, readonly string[]>();
for (const spec of [TYPE_FIELD, ...RECORD_TYPES.flatMap((t) => FIELDS[t])]) ZH_FIELD.set(spec.name, spec.zh);

/**
 * Chinese headers for the input columns, such that output read back gives each column the fields
 * it holds: a header that names just those fields first (劳动者身份证号 for a column of worker
 * IDs, 申请人身份证号 for one of applicants', 身份证号, which names both, for a column that holds
 * either by the row's type), then any of its key's Chinese headers not already taken.
 */
function chineseHeaders(columns: CsvColumns): string[] {
  const used = new Set<string>();
  return columns.headers.map((h, i) => {
    const key = columns.keys[i]!;
    const held = new Set(columns.fields?.[i] ?? [key]);
    const names = [...held].flatMap((f) => ZH_FIELD.get(f) ?? []);
    const exact = names.filter((n) => sameSet(fieldsNamedBy(n), held));
    const name = [...exact, ...(ZH_FIELD.get(key) ?? [])].find((n) => !used.has(n)) ?? h;
    used.add(name);
    return name;
  });
}

const sameSet = (a: readonly string[], b: ReadonlySet<string>) => a.length === b.size && a.every((x) => b.has(x));

/** The headers CSV output writes for its input columns, in the run's language. */
export function inputHeaders(columns: CsvColumns, lang: Lang): string[] {
  return lang === 'zh' ? chineseHeaders(columns) : columns.headers;
}

const WORDS = {
  status: { zh: '结果', en: 'status' },
  amount: { zh: '金额', en: 'amount' },
  reason: { zh: '原因', en: 'reason' },
  grants: { zh: '补贴合计', en: 'grants_total' },
  loans: { zh: '贷款合计', en: 'loans_total' },
  errors: { zh: '错误', en: 'errors' },
};

/** The headers of the result columns CSV output adds after the input's, in a language. */
function resultHeaders(programs: readonly Pick<CompiledProgram, 'id' | 'spec'>[], lang: Lang): string[] {
  const zh = lang === 'zh';
  return [
    ...programs.flatMap((p) => (['status', 'amount', 'reason'] as const).map((w) => (zh ? `${p.spec.name.zh}_${WORDS[w].zh}` : `${p.id}_${w}`))),
    WORDS.grants[lang],
    WORDS.loans[lang],
    WORDS.errors[lang],
  ];
}

/**
 * Whether a header is one of the result columns CSV output adds (of any program of the pack, in
 * either language): an output evaluated again has them, and they are written anew, not kept.
 */
export function resultHeaderOf(pack: RulesPack): (header: string) => boolean {
  const all = new Set([...resultHeaders(pack.programs, 'en'), ...resultHeaders(pack.programs, 'zh')]);
  return (header) => all.has(header.trim());
}

export function csvFormat(o: FormatOptions, pack: RulesPack): DocumentFormat {
  const columns: CsvColumns = o.csv!;
  const programs = columns.programs.map((id) => pack.programs.find((p) => p.id === id)!);
  const parts = csvRowParts(o, pack);
  return {
    head() {
      const headers = [...inputHeaders(columns, o.lang), ...resultHeaders(programs, o.lang)];
      return `${o.bom ? '\uFEFF' : ''}${csvLine(headers)}`;
    },
    record(rec) {
      return parts.input(rec) + parts.suffix(rec);
    },
    cells(rec, cells, map, beyond) {
      return parts.cells(cells, map) + parts.suffix(rec, beyond);
    },
    tail() {
      return '';
    },
  };
}
