/**
 * The report's words, in Chinese and English. Statuses and verdicts keep the words of the other
 * outputs (STATUS_WORDS, VERDICT_WORDS).
 */
import type { Lang } from '../i18n/lang.js';

export const REPORT_WORDS = {
  title: { zh: '补贴批量评估报告', en: 'Subsidy batch report' },
  auditTitle: { zh: '补贴申领核对报告', en: 'Subsidy audit report' },
  pack: { zh: '规则包', en: 'Rules pack' },
  asOf: { zh: '评估日', en: 'As of' },
  inputs: { zh: '输入文件', en: 'Input files' },
  stdin: { zh: '(标准输入)', en: '(stdin)' },
  generated: { zh: '生成时间', en: 'Generated' },
  runTime: { zh: '用时', en: 'Run time' },
  seconds: { zh: '秒', en: 's' },
  overview: { zh: '概览', en: 'Overview' },
  records: { zh: '记录', en: 'Records' },
  evaluated: { zh: '已评估', en: 'Evaluated' },
  audited: { zh: '已核对', en: 'Audited' },
  invalid: { zh: '无效', en: 'Invalid' },
  duplicates: { zh: '重复申领', en: 'Duplicate claims' },
  grants: { zh: '补贴合计(元)', en: 'Grants (yuan)' },
  loans: { zh: '贷款合计(元,不计入补贴)', en: 'Loans (yuan, not part of grants)' },
  byProgram: { zh: '按项目和结果合计', en: 'Totals by program and status' },
  grantPrograms: { zh: '补贴项目', en: 'Grant programs' },
  loanPrograms: { zh: '贷款项目', en: 'Loan programs' },
  program: { zh: '项目', en: 'Program' },
  eligibleAmount: { zh: '符合金额(元)', en: 'Eligible (yuan)' },
  pendingAmount: { zh: '待满期金额(元)', en: 'Pending (yuan)' },
  total: { zh: '合计', en: 'Total' },
  amountsChart: { zh: '各项目金额(按结果)', en: 'Amounts by program and status' },
  grantAmounts: { zh: '补贴金额(元)', en: 'Grant amounts (yuan)' },
  loanAmounts: { zh: '贷款金额(元)', en: 'Loan amounts (yuan)' },
  countsChart: { zh: '各项目结果数', en: 'Results by program and status' },
  results: { zh: '结果数', en: 'Results' },
  pendingByMonth: { zh: '待满期:按可申领月份', en: 'Pending, by the month they become claimable' },
  pendingAmounts: { zh: '待满期补贴金额(元)', en: 'Pending grant amounts (yuan)' },
  month: { zh: '月份', en: 'Month' },
  count: { zh: '数量', en: 'Count' },
  amount: { zh: '金额(元)', en: 'Amount (yuan)' },
  nonePending: { zh: '没有待满期的结果。', en: 'No pending results.' },
  topCases: { zh: '金额最大的案件', en: 'Largest cases by amount' },
  topAgencies: { zh: '金额最大的人力资源服务机构', en: 'Largest agencies by amount' },
  case: { zh: '案件编号', en: 'Case' },
  agency: { zh: '机构名称', en: 'Agency' },
  cases: { zh: '案件数', en: 'Cases' },
  recordsCol: { zh: '记录数', en: 'Records' },
  grantsCol: { zh: '补贴(元)', en: 'Grants (yuan)' },
  loansCol: { zh: '贷款(元)', en: 'Loans (yuan)' },
  noCase: { zh: '(无案件编号)', en: '(no case_id)' },
  noneAgencies: { zh: '输入中没有写明机构名称的案件。', en: 'No case names an agency.' },
  invalidRows: { zh: '无效记录', en: 'Invalid records' },
  where: { zh: '位置', en: 'Where' },
  errors: { zh: '错误', en: 'Errors' },
  noneInvalid: { zh: '没有无效记录。', en: 'No invalid records.' },
  duplicateRows: { zh: '重复申领', en: 'Duplicate claims' },
  programs: { zh: '项目', en: 'Programs' },
  firstClaim: { zh: '首次申领', en: 'First claimed at' },
  alreadyPaid: { zh: '已发放', en: 'already paid' },
  noneDuplicates: { zh: '没有重复申领。', en: 'No duplicate claims.' },
  shown: { zh: '列出前 {shown} 条,共 {total} 条', en: 'The first {shown} of {total}' },
  verdicts: { zh: '核对结论', en: 'Verdicts' },
  verdict: { zh: '结论', en: 'Verdict' },
  items: { zh: '核对项', en: 'Items' },
  claimed: { zh: '申领(元)', en: 'Claimed (yuan)' },
  computed: { zh: '核定(元)', en: 'Computed (yuan)' },
  difference: { zh: '差额(元)', en: 'Difference (yuan)' },
  loanDifference: { zh: '贷款差额(元)', en: 'Loan difference (yuan)' },
  largestDifferences: { zh: '差额最大的案件', en: 'Cases with the largest differences' },
  noDifferences: { zh: '申领与核定一致。', en: 'Every claim matches what the rules give.' },
  footer: {
    zh: '本报告为单一离线文件:图表在生成时绘制为 SVG,不加载任何脚本、字体或图片。',
    en: 'This report is one offline file: its charts were drawn as SVG when it was written; it loads no scripts, fonts or images.',
  },
} satisfies Record<string, Record<Lang, string>>;

export type ReportWord = keyof typeof REPORT_WORDS;

/** A word of the report in a language, with {name} filled in from `values`. */
export function reportWord(lang: Lang, key: ReportWord, values: Record<string, string> = {}): string {
  return REPORT_WORDS[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}
