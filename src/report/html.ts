/**
 * A batch report as one HTML file that opens offline: its styles inline, its charts inline SVG
 * (see charts.ts), no script, font or image fetched. Sections: the run (header), the overview,
 * totals by program and status, the charts, pending by month, the largest cases and agencies,
 * the invalid rows, the duplicates, and for an audit its verdicts and largest differences.
 */
import { formatCount, formatYuan } from '../i18n/describe.js';
import { chartSpecs, drawCharts, FONT_STACK, STATUS_COLORS, VERDICT_COLORS, type Chart, type ChartSpec } from './charts.js';
import type { ReportData } from './data.js';
import { agenciesTable, casesTable, differencesTable, duplicatesTable, esc, invalidTable, pendingTable, programTable, verdictTable } from './sections.js';
import { reportWord, type ReportWord } from './words.js';

/** The report of a run, as HTML. */
export async function renderReport(d: ReportData): Promise<string> {
  const specs = chartSpecs(d);
  const all = [...specs.amounts, specs.counts, specs.pending, specs.verdicts].filter((s): s is ChartSpec => s !== undefined);
  const charts = await drawCharts(all);
  const w = (k: ReportWord) => esc(reportWord(d.lang, k));
  const figure = (spec: ChartSpec | undefined) => (spec ? figureOf(charts.get(spec.id)!) : '');
  const loans = d.programs.filter((p) => p.loan);
  const body = [
    header(d),
    section('overview', w('overview'), overview(d)),
    d.summary.audit ? section('audit', w('verdicts'), figure(specs.verdicts) + verdictTable(d)) : '',
    d.summary.audit ? section('differences', w('largestDifferences'), differencesTable(d)) : '',
    section(
      'programs',
      w('byProgram'),
      `<h3>${w('grantPrograms')}</h3>${programTable(d, d.programs.filter((p) => !p.loan), 'programs-grants')}` +
        (loans.length ? `<h3>${w('loanPrograms')}</h3>${programTable(d, loans, 'programs-loans')}` : ''),
    ),
    section('amounts', w('amountsChart'), specs.amounts.map(figure).join('') + figure(specs.counts)),
    section('pending', w('pendingByMonth'), specs.pending ? figure(specs.pending) + pendingTable(d) : `<p class="muted">${w('nonePending')}</p>`),
    section('cases', w('topCases'), casesTable(d)),
    section('agencies', w('topAgencies'), agenciesTable(d)),
    section('invalid', w('invalidRows'), invalidTable(d)),
    section('duplicates', w('duplicateRows'), duplicatesTable(d)),
    `<footer>${w('footer')}</footer>`,
  ];
  const title = reportWord(d.lang, d.mode === 'audit' ? 'auditTitle' : 'title');
  return `<!doctype html>
<html lang="${d.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(title)} · ${esc(d.asOf)}</title>
<style>${css()}</style>
</head>
<body>
<main>
${body.filter(Boolean).join('\n')}
</main>
</body>
</html>
`;
}

function header(d: ReportData): string {
  const w = (k: ReportWord) => esc(reportWord(d.lang, k));
  const item = (k: ReportWord, v: string) => `<div><dt>${w(k)}</dt><dd>${v}</dd></div>`;
  const seconds = d.seconds < 10 ? d.seconds.toFixed(2) : formatCount(Math.round(d.seconds));
  return `<header>
<h1>${w(d.mode === 'audit' ? 'auditTitle' : 'title')}</h1>
<dl class="meta">
${item('pack', `${esc(d.pack.name)} v${esc(d.pack.version)}`)}
${item('asOf', `<span id="as-of">${esc(d.asOf)}</span>`)}
${item('generated', esc(d.generatedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')))}
${item('runTime', `${seconds} ${w('seconds')}`)}
${item('inputs', d.inputs.map((f) => (f === '-' ? w('stdin') : `<span class="mono">${esc(f)}</span>`)).join('<br>'))}
</dl>
</header>`;
}

/** Key figures, each with its data-key (what tests and readers look up). */
function overview(d: ReportData): string {
  const s = d.summary;
  const card = (key: string, label: ReportWord, value: string, cls = '') => `<div class="card ${cls}" data-key="${key}"><div class="label">${esc(reportWord(d.lang, label))}</div><div class="value">${value}</div></div>`;
  return `<div class="cards">
${card('records', 'records', formatCount(s.records))}
${card('evaluated', d.mode === 'audit' ? 'audited' : 'evaluated', formatCount(s.evaluated))}
${card('invalid', 'invalid', formatCount(s.invalid), s.invalid ? 'bad' : '')}
${card('duplicates', 'duplicates', formatCount(s.duplicates), s.duplicates ? 'warn' : '')}
${card('grants', 'grants', formatYuan(s.grants.total), 'money')}
${card('loans', 'loans', formatYuan(s.loans.total), 'money')}
</div>`;
}

const section = (id: string, title: string, content: string) => `<section id="${id}"><h2>${title}</h2>${content}</section>`;

const figureOf = (c: Chart) => `<figure class="chart" data-chart="${c.id}"><figcaption>${esc(c.title)}</figcaption>${c.svg}</figure>`;

function css(): string {
  const dots = [
    ...Object.entries(STATUS_COLORS).map(([k, c]) => `.dot.${k}{background:${c}}`),
    ...Object.entries(VERDICT_COLORS).map(([k, c]) => `.dot.v-${k}{background:${c}}.tag.v-${k}{border-color:${c};color:${c}}`),
  ].join('');
  return `
*{box-sizing:border-box}
body{margin:0;background:#f4f5f7;color:#1f2328;font:14px/1.5 ${FONT_STACK};-webkit-font-smoothing:antialiased}
main{max-width:960px;margin:0 auto;padding:32px 24px 48px}
header{background:#fff;border-top:4px solid #1565c0;border-radius:6px;padding:20px 24px;margin-bottom:20px;box-shadow:0 1px 2px rgba(0,0,0,.06)}
h1{font-size:24px;margin:0 0 12px;font-weight:600}
h2{font-size:18px;margin:0 0 14px;font-weight:600;padding-bottom:8px;border-bottom:1px solid #e3e5e8}
h3{font-size:14px;margin:18px 0 8px;color:#57606a;font-weight:600}
.meta{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:8px 24px;margin:0}
.meta div{min-width:0}.meta dt{color:#6e7781;font-size:12px}.meta dd{margin:0;overflow-wrap:anywhere}
section{background:#fff;border-radius:6px;padding:20px 24px;margin-bottom:20px;box-shadow:0 1px 2px rgba(0,0,0,.06)}
.cards{display:grid;grid-template-columns:repeat(3,1fr);gap:12px}
.card{border:1px solid #e3e5e8;border-radius:6px;padding:12px 14px}
.card .label{color:#6e7781;font-size:12px}
.card .value{font-size:22px;font-weight:600;font-variant-numeric:tabular-nums;text-align:right}
.card.bad .value{color:${STATUS_COLORS.ineligible}}.card.warn .value{color:#b26a00}
table{width:100%;border-collapse:collapse;font-variant-numeric:tabular-nums;margin:4px 0 8px}
th,td{padding:6px 10px;border-bottom:1px solid #eceef1;text-align:left;vertical-align:top}
thead th{background:#f6f8fa;color:#57606a;font-weight:600;font-size:12px;white-space:nowrap;border-bottom:1px solid #d0d7de}
tfoot td{font-weight:600;border-top:2px solid #d0d7de;border-bottom:none}
.num{text-align:right;white-space:nowrap}
#programs table{table-layout:fixed}#programs th:first-child{width:24%}
td.over{color:${STATUS_COLORS.ineligible}}td.under{color:#b26a00}
tbody tr:nth-child(even){background:#fafbfc}
.mono,code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:12px}
.muted{color:#6e7781}
.dot{display:inline-block;width:9px;height:9px;border-radius:50%;margin-right:6px;vertical-align:0}
.tag{display:inline-block;border:1px solid;border-radius:10px;padding:0 7px;font-size:12px;white-space:nowrap;margin:1px 0}
ul.errors{margin:0;padding-left:16px}
figure.chart{margin:8px 0 16px}
figure.chart figcaption{font-weight:600;color:#57606a;font-size:13px;margin-bottom:6px}
figure.chart svg{max-width:100%;height:auto;display:block}
footer{color:#6e7781;font-size:12px;text-align:center}
@media print{body{background:#fff}section,header{box-shadow:none;border:1px solid #e3e5e8;break-inside:avoid}}
${dots}`;
}
