/**
 * The report's charts, drawn here as SVG by ECharts' server-side renderer: the page that shows
 * them runs no script. ECharts is loaded only when a report is written.
 *
 * Colours follow the terminal's: eligible green, pending cyan, undetermined yellow, ineligible
 * red (see statusColor in src/io/formats/table.ts), and the audit's verdicts likewise.
 */
import type { EChartsOption } from 'echarts';
import { VERDICTS, type Verdict } from '../engine/audit.js';
import { eligibleFen } from '../engine/summary.js';
import { STATUSES, type Status } from '../engine/types.js';
import { formatCount, formatYuan, STATUS_WORDS } from '../i18n/describe.js';
import { VERDICT_WORDS } from '../io/formats/audit.js';
import type { ReportData, ReportProgram } from './data.js';
import { reportWord } from './words.js';

/** System fonts only (the report fetches nothing), Chinese ones first for Chinese text. */
export const FONT_STACK = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Helvetica Neue", Arial, sans-serif';

export const STATUS_COLORS: Record<Status | 'invalid', string> = {
  eligible: '#2e7d32',
  pending: '#00838f',
  undetermined: '#f9a825',
  ineligible: '#c62828',
  invalid: '#8e0000',
};

export const VERDICT_COLORS: Record<Verdict, string> = {
  match: '#2e7d32',
  over: '#c62828',
  duplicate: '#ad1457',
  invalid: '#8e0000',
  under: '#f9a825',
  early: '#ef8f00',
  unclaimed: '#00838f',
  unverifiable: '#9e9e9e',
};

/** Further colours, for series that are not statuses (programs): none a status's. */
const PALETTE = ['#1565c0', '#7e57c2', '#ef6c00', '#8d6e63', '#64b5f6', '#ba68c8', '#78909c'];

/** A chart to draw: its id in the page, its title, and its ECharts option and size. */
export interface ChartSpec {
  id: string;
  title: string;
  option: EChartsOption;
  width: number;
  height: number;
}

/** A chart drawn: its id, title and SVG. */
export interface Chart {
  id: string;
  title: string;
  svg: string;
}

const WIDTH = 880;
const yuan = (fen: number) => fen / 100;
const yuanLabel = (value: number) => formatYuan(Math.round(value * 100)).replace(/\.00$/, '');

/** What every chart shares: the font, no animation, a grid that holds its labels, a legend on top. */
function base(series: EChartsOption['series'], axes: Pick<EChartsOption, 'xAxis' | 'yAxis'>): EChartsOption {
  return {
    animation: false,
    textStyle: { fontFamily: FONT_STACK, fontSize: 12, color: '#333' },
    legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 12, textStyle: { fontFamily: FONT_STACK } },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    ...axes,
    series,
  };
}

const valueAxis = (format: (v: number) => string, minInterval?: number) => ({
  type: 'value' as const,
  ...(minInterval ? { minInterval } : {}),
  axisLabel: { formatter: format },
  splitLine: { lineStyle: { color: '#e6e6e6' } },
});
const categoryAxis = (names: string[]) => ({ type: 'category' as const, data: names, inverse: true, axisTick: { show: false } });

/** Eligible and pending amounts of programs (grants or loans), as stacked horizontal bars. */
function amountsChart(d: ReportData, programs: readonly ReportProgram[], id: string, title: string): ChartSpec {
  const pending = pendingByProgram(d);
  const series = (['eligible', 'pending'] as const).map((st) => ({
    type: 'bar' as const,
    name: STATUS_WORDS[st][d.lang],
    stack: 'amount',
    barMaxWidth: 28,
    itemStyle: { color: STATUS_COLORS[st] },
    data: programs.map((p) => yuan(st === 'eligible' ? eligibleOf(d, p) : (pending.get(p.id) ?? 0))),
  }));
  return { id, title, width: WIDTH, height: 70 + 44 * programs.length, option: base(series, { xAxis: valueAxis(yuanLabel), yAxis: categoryAxis(programs.map((p) => p.name)) }) };
}

/** Result counts by program and status, stacked. */
function countsChart(d: ReportData): ChartSpec {
  const series = STATUSES.map((st) => ({
    type: 'bar' as const,
    name: STATUS_WORDS[st][d.lang],
    stack: 'count',
    barMaxWidth: 28,
    itemStyle: { color: STATUS_COLORS[st] },
    data: d.programs.map((p) => d.summary.by_program[p.id]?.[st] ?? 0),
  }));
  const option = base(series, { xAxis: valueAxis(formatCount, 1), yAxis: categoryAxis(d.programs.map((p) => p.name)) });
  return { id: 'chart-counts', title: reportWord(d.lang, 'countsChart'), width: WIDTH, height: 70 + 36 * d.programs.length, option };
}

/** Pending amounts by the month they become claimable, stacked by program. */
function pendingChart(d: ReportData): ChartSpec | undefined {
  const months = Object.keys(d.summary.pending_by_month ?? {});
  if (!months.length) return undefined;
  const byMonth = d.summary.pending_by_month!;
  const programs = d.programs.filter((p) => !p.loan && months.some((m) => byMonth[m]![p.id]));
  const series = programs.map((p, i) => ({
    type: 'bar' as const,
    name: p.name,
    stack: 'pending',
    barMaxWidth: 40,
    itemStyle: { color: PALETTE[i % PALETTE.length]! },
    data: months.map((m) => yuan(byMonth[m]![p.id]?.amount ?? 0)),
  }));
  const option = base(series, { xAxis: { type: 'category', data: months, axisTick: { alignWithLabel: true } }, yAxis: valueAxis(yuanLabel) });
  return { id: 'chart-pending', title: reportWord(d.lang, 'pendingAmounts'), width: WIDTH, height: 320, option };
}

/** The audit's items by verdict. */
function verdictsChart(d: ReportData): ChartSpec | undefined {
  const a = d.summary.audit;
  if (!a) return undefined;
  const verdicts = VERDICTS.filter((v) => a.by_verdict[v].count > 0);
  const series = [
    {
      type: 'bar' as const,
      name: reportWord(d.lang, 'items'),
      barMaxWidth: 48,
      label: { show: true, position: 'top' as const, formatter: (p: { value: unknown }) => formatCount(Number(p.value)) },
      data: verdicts.map((v) => ({ value: a.by_verdict[v].count, itemStyle: { color: VERDICT_COLORS[v] } })),
    },
  ];
  const option = { ...base(series, { xAxis: { type: 'category', data: verdicts.map((v) => VERDICT_WORDS[v][d.lang]) }, yAxis: valueAxis(formatCount, 1) }), legend: { show: false } };
  return { id: 'chart-verdicts', title: reportWord(d.lang, 'verdicts'), width: WIDTH, height: 300, option };
}

/** The eligible amount of a program. */
export function eligibleOf(d: ReportData, p: ReportProgram): number {
  return eligibleFen(d.summary, p.id, p.loan);
}

/** Pending amounts by program (of every month). */
export function pendingByProgram(d: ReportData): Map<string, number> {
  const out = new Map<string, number>();
  for (const programs of Object.values(d.summary.pending_by_month ?? {})) for (const [id, p] of Object.entries(programs)) out.set(id, (out.get(id) ?? 0) + p.amount);
  return out;
}

/**
 * The charts of a report, by section: amounts (grants, and loans apart: of the programs with
 * amounts eligible or pending), counts, pending by month, verdicts.
 */
export function chartSpecs(d: ReportData): { amounts: ChartSpec[]; counts: ChartSpec; pending: ChartSpec | undefined; verdicts: ChartSpec | undefined } {
  const pending = pendingByProgram(d);
  const some = (loan: boolean) => d.programs.some((p) => p.loan === loan && (eligibleOf(d, p) > 0 || (pending.get(p.id) ?? 0) > 0));
  const amounts: ChartSpec[] = [];
  if (some(false)) amounts.push(amountsChart(d, d.programs.filter((p) => !p.loan), 'chart-grants', reportWord(d.lang, 'grantAmounts')));
  if (some(true)) amounts.push(amountsChart(d, d.programs.filter((p) => p.loan), 'chart-loans', reportWord(d.lang, 'loanAmounts')));
  return { amounts, counts: countsChart(d), pending: pendingChart(d), verdicts: verdictsChart(d) };
}

/**
 * Draws charts as SVG (ECharts loaded now: only a run that writes a report needs it). ECharts'
 * one-file ES module build loads in about a quarter of the time of its hundreds of modules
 * (`import('echarts')`), and takes some 35 MB less memory.
 */
export async function drawCharts(specs: readonly ChartSpec[]): Promise<Map<string, Chart>> {
  const echarts = await import('echarts/dist/echarts.esm.min');
  const out = new Map<string, Chart>();
  for (const spec of specs) {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: spec.width, height: spec.height });
    try {
      chart.setOption(spec.option);
      out.set(spec.id, { id: spec.id, title: spec.title, svg: chart.renderToSVGString() });
    } finally {
      chart.dispose();
    }
  }
  return out;
}
