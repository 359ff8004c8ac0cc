// The xlsx group: the batch's rows as an Excel workbook (bench/data/batch-<rows>.xlsx, written
// once with exceljs's streaming writer and reused while the generator is unchanged), evaluated
// end to end to CSV (`subsidy evaluate batch-<rows>.xlsx --format csv`) at each size asked.
// The cells are the CSV's: text, but amounts written as plain numbers are number cells and
// dates date cells (so that the reader's number and date paths are measured), IDs text.

import { stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { ROOT } from './child.mjs';
import { fmtS, log, plural } from './format.mjs';
import { ensureFile, formatSize } from './generate.mjs';
import { endToEnd } from './measurements.mjs';
import { COLUMNS, generateRows } from './rows.mjs';

const AMOUNTS = new Set(['organization_cost', 'loan_requested']);
const DATES = new Set(['contract_signed', 'employment_start', 'employment_end', 'business_registered']);
const NUMERIC = /^\d+(\.\d{1,2})?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A CSV cell as the workbook holds it. */
function cellOf(column, text) {
  if (text === '') return null;
  if (AMOUNTS.has(column) && NUMERIC.test(text)) return Number(text);
  const m = DATES.has(column) ? ISO_DATE.exec(text) : null;
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : text;
}

/** Returns bench/data/batch-<rows>.xlsx, writing it unless an up-to-date copy (per its sidecar) exists. */
export function ensureWorkbook(rows) {
  return ensureFile(`batch-${rows}.xlsx`, rows, async (tmp) => {
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useSharedStrings: true, useStyles: true });
    const sheet = book.addWorksheet('Sheet1');
    sheet.columns = COLUMNS.map((key) => ({ key, ...(DATES.has(key) ? { style: { numFmt: 'yyyy-mm-dd' } } : {}) }));
    sheet.addRow(COLUMNS).commit();
    for (const cells of generateRows(rows)) sheet.addRow(cells.map((c, i) => cellOf(COLUMNS[i], c))).commit();
    sheet.commit();
    await book.commit();
  }, `batch-${rows}.xlsx.meta.json`);
}

/** End to end from a workbook to CSV at each size asked; the workbooks, for the report's header. */
export async function xlsxRuns(options, tmp) {
  const results = [], files = [];
  if (!options.groups.has('xlsx')) return { results, files };
  for (const rows of options.sizes) {
    const started = performance.now();
    const file = await ensureWorkbook(rows);
    const { size } = await stat(file);
    files.push({ rows, file: relative(ROOT, file), bytes: size });
    const runs = options.runs ?? (rows <= 100_000 ? 3 : 1);
    log('');
    log(`workbook ${formatSize(rows)}: ${relative(ROOT, file)} (${(size / 2 ** 20).toFixed(1)} MiB, ready in ${fmtS(performance.now() - started)} s); xlsx → csv, ${plural(runs, 'run')}:`);
    const m = endToEnd(options.cli, rows, [file], tmp, { label: `xlsx ${formatSize(rows)}`, measurement: 'xlsx → csv' });
    for (let i = 1; i <= runs; i++) await m.run(i);
    results.push(await m.finish());
  }
  return { results, files };
}
