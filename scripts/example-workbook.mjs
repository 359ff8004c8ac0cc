/**
 * Writes examples/agency-claims.xlsx, the workbook of the README's worked example for officials:
 * the placements of examples/agency-claim.csv as an agency keeps them in Excel — a type column and Chinese headers,
 * contract dates as date cells, amounts as numbers, ID numbers as text — on a sheet named 送工名单.
 * Run after a build: node scripts/example-workbook.mjs
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { FIELDS } from '../dist/index.js';

const [header, ...rows] = readFileSync('examples/agency-claim.csv', 'utf8').trim().split('\n').map((l) => l.split(','));
const spec = new Map(FIELDS.placement.map((f) => [f.name, f]));
const workbook = new ExcelJS.Workbook();
workbook.created = workbook.modified = new Date(Date.UTC(2020, 5, 30));
const sheet = workbook.addWorksheet('送工名单');
sheet.addRow(['类型', ...header.map((name) => spec.get(name)?.zh[0] ?? (name === 'note' ? '备注' : name))]);
for (const row of rows) {
  sheet.addRow([
    '送工',
    ...row.map((cell, i) => {
      const kind = spec.get(header[i])?.kind;
      if (cell === '') return null;
      if (kind === 'date') return new Date(`${cell}T00:00:00Z`);
      if (kind === 'money') return Number(cell);
      return cell;
    }),
  ]);
}
header.forEach((name, i) => {
  const kind = spec.get(name)?.kind;
  if (kind === 'date') sheet.getColumn(i + 2).numFmt = 'yyyy-mm-dd';
  if (kind === 'money') sheet.getColumn(i + 2).numFmt = '#,##0.00';
});
await workbook.xlsx.writeFile('examples/agency-claims.xlsx');
