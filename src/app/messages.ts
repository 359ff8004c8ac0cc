/** What a run says of its inputs, outputs and options, in both languages (see i18n/messages.ts). */
import { catalogue } from '../i18n/messages.js';
import { recordMessage } from '../records/messages-zh.js';

/** Why a file cannot be read, from its error code. */
export const READ_FAILURES: Record<string, { en: string; zh: string }> = {
  ENOENT: { en: 'no such file', zh: '文件不存在' },
  EISDIR: { en: 'is a folder, not a file', zh: '是文件夹,不是文件' },
  EACCES: { en: 'permission denied', zh: '没有权限' },
};

type Why = { en: string; zh: string } | string;
const why = (w: Why, zh: boolean) => (typeof w === 'string' ? w : zh ? w.zh : w.en);

export const say = catalogue({
  cannotRead: {
    en: (p: { file: string; why: Why }) => `${p.file}: cannot read it: ${why(p.why, false)}; check the path`,
    zh: (p) => `${p.file}:无法读取:${why(p.why, true)};请检查路径`,
  },
  isFolder: {
    en: (p: { file: string }) => `${p.file}: is a folder, not a file; name a file to read`,
    zh: (p) => `${p.file}:是文件夹,不是文件;请给出要读取的文件`,
  },
  unknownFormat: {
    en: (p: { file: string }) =>
      `${p.file}: cannot tell its format from the name; name it .csv, .xlsx, .json, .ndjson, .jsonl, .yaml or .yml, or pass --input-format csv|xlsx|json|ndjson|yaml`,
    zh: (p) => `${p.file}:无法从文件名判断格式;请把文件命名为 .csv、.xlsx、.json、.ndjson、.jsonl、.yaml 或 .yml,或给出 --input-format csv|xlsx|json|ndjson|yaml`,
  },
  bomNotCsv: {
    en: (p: { format: string }) => `--bom: a byte order mark is for CSV (--format csv, or the --errors file), not ${p.format} output`,
    zh: (p) => `--bom:字节顺序标记只用于 CSV(--format csv 或 --errors 文件),不用于 ${p.format} 输出`,
  },
  gb18030NotCsv: {
    en: (p: { format: string }) => `--output-encoding gb18030: is for CSV (--format csv, or the --errors file), not ${p.format} output`,
    zh: (p) => `--output-encoding gb18030:只用于 CSV(--format csv 或 --errors 文件),不用于 ${p.format} 输出`,
  },
  bomGb18030: {
    en: () => '--bom: a byte order mark is for UTF-8; GB18030 output has none (Excel on a Chinese Windows reads it as it is): leave out --bom',
    zh: () => '--bom:字节顺序标记只用于 UTF-8;GB18030 输出不带它(中文版 Windows 上的 Excel 可直接读取):请去掉 --bom',
  },
  bomTemplate: {
    en: (p: { format: string }) => `--bom: a byte order mark is for CSV templates, not ${p.format}`,
    zh: (p) => `--bom:字节顺序标记只用于 CSV 模板,不用于 ${p.format}`,
  },
  xlsxNeedsFile: {
    en: () => '--format xlsx: a workbook is a binary file, not for standard output; name the file with --output FILE.xlsx',
    zh: () => '--format xlsx:工作簿是二进制文件,不能写到标准输出;请用 --output 文件.xlsx 指定文件',
  },
  explainBatchTable: {
    en: () => "--explain: the table of a CSV file or workbook shows its totals, not each record; use --format json or ndjson for each record's conditions",
    zh: () => '--explain:CSV 文件或工作簿的表格只显示合计,不逐条列出记录;需要每条记录的条件说明时请用 --format json 或 ndjson',
  },
  explainCsv: {
    en: (p: { workbook: boolean }) =>
      `--explain: ${p.workbook ? 'a workbook' : 'CSV output'} has statuses, amounts and short reasons, not the details; use --format json, ndjson or table for them`,
    zh: (p) => `--explain:${p.workbook ? '工作簿' : 'CSV 输出'}只有结果、金额和简短理由,没有详细说明;需要时请用 --format json、ndjson 或 table`,
  },
  outputIsInput: {
    en: (p: { flag: string; path: string; input: string }) => `${p.flag} ${p.path}: that is the input ${p.input}; write to another file`,
    zh: (p) => `${p.flag} ${p.path}:这是输入文件 ${p.input};请写入另一个文件`,
  },
  sameOutput: {
    en: (p: { flag: string; path: string; other: string }) => `${p.flag} ${p.path}: the same file as ${p.other}; give each its own`,
    zh: (p) => `${p.flag} ${p.path}:与 ${p.other} 是同一个文件;请各用各的文件`,
  },
  sheetNoWorkbook: {
    en: (p: { sheet: string }) => `--sheet ${p.sheet}: a sheet is chosen in .xlsx workbooks, and no input is one`,
    zh: (p) => `--sheet ${p.sheet}:只能在 .xlsx 工作簿中选择工作表,而输入中没有工作簿`,
  },
  workbookFromStdin: {
    en: () => '-: a workbook is not read from standard input; give its file name (or save it as CSV to pipe it)',
    zh: () => '-:工作簿不能从标准输入读取;请给出文件名(或另存为 CSV 再用管道传入)',
  },
  stdinTwice: {
    en: () => '-: standard input can be read only once; give - one time',
    zh: () => '-:标准输入只能读取一次;请只给一次 -',
  },
  typeColumnWins: {
    en: (p: { file: string; column: string; type: string }) => `${p.file}: has a type column (${p.column}): each row's type wins; --type ${p.type} applies only to rows whose type is empty`,
    zh: (p) => `${p.file}:文件有类型列(${p.column}),以每行的类型为准;--type ${p.type} 只用于类型为空的行`,
  },
  emptyFile: {
    en: (p: { file: string }) => `${p.file}: empty: no header and no records`,
    zh: (p) => `${p.file}:空文件:没有表头,也没有记录`,
  },
  emptySheet: {
    en: (p: { file: string }) => `${p.file}: empty: no header and no records`,
    zh: (p) => `${p.file}: 空工作表:没有表头,也没有记录`,
  },
  notAnInput: {
    en: (p: { file: string; format: { en: string; zh: string } }) => `${p.file}: is ${p.format.en}, not a file of records; save it as an .xlsx workbook or as "CSV UTF-8", and give that`,
    zh: (p) => `${p.file}: 是${p.format.zh},不是记录文件;请另存为 .xlsx 工作簿或 "CSV UTF-8" 文件再读取`,
  },
  workbookNotCsv: {
    en: (p: { file: string }) => `${p.file}: is an Excel workbook (.xlsx), not CSV; read it as a workbook: name it .xlsx (without --input-format csv), or pass --input-format xlsx`,
    zh: (p) => `${p.file}: 是 Excel 工作簿(.xlsx),不是 CSV;按工作簿读取:文件名用 .xlsx 结尾(且不加 --input-format csv),或用 --input-format xlsx`,
  },
  textNotWorkbook: {
    en: (p: { file: string }) => `${p.file}: is text, not an .xlsx workbook; if it is CSV, name it .csv or pass --input-format csv`,
    zh: (p) => `${p.file}: 是文本,不是 .xlsx 工作簿;若是 CSV,请把文件名改为 .csv 结尾,或用 --input-format csv`,
  },
  noSuchSheet: {
    en: (p: { file: string; asked: string | undefined; sheets: readonly string[] }) =>
      `${p.file}: no sheet${p.asked === undefined ? '' : ` "${p.asked}"`}; its sheets are ${p.sheets.map((s) => `"${s}"`).join(', ') || '(none)'}; choose one with --sheet NAME or --sheet N (from 1)`,
    zh: (p) => `${p.file}: 没有工作表${p.asked === undefined ? '' : ` "${p.asked}"`};它的工作表有 ${p.sheets.map((s) => `"${s}"`).join(', ') || '(无)'};用 --sheet 名称或序号(从 1 起)选一个`,
  },
  unreadableWorkbook: {
    en: (p: { file: string; why: string }) => `${p.file}: cannot be read as an .xlsx workbook (${p.why}); open it in Excel or WPS and save it again as .xlsx or "CSV UTF-8"`,
    zh: (p) => `${p.file}: 无法作为 .xlsx 工作簿读取(${p.why});请在 Excel 或 WPS 中打开并另存为 .xlsx 或 "CSV UTF-8"`,
  },
  nothingToAudit: {
    en: (p: { file: string }) =>
      `${p.file}: no record has a claimed amount (a claimed_<program> column or key, such as claimed_emergency or 申领应急补贴): nothing to audit; to see what the rules give, use subsidy evaluate`,
    zh: (p) => `${p.file}:没有任何记录有申领金额(claimed_<项目> 列或键,例如 claimed_emergency 或 申领应急补贴):无可核对;要看规则核定的结果,请用 subsidy evaluate`,
  },
  auditColumnProblem: {
    en: (p: { where: string; problem: string }) => `${p.where}: column ${p.problem}; rename the column`,
    zh: (p) => `${p.where}:列 ${p.problem};请重命名该列`,
  },
  auditColumnType: {
    en: (p: { where: string; header: string; type: string; program: string; fixed: string }) =>
      `${p.where}: column "${p.header}" is the claim of ${p.type} records (${p.program}), but the rows are ${p.fixed} records (--type ${p.fixed}); remove the column or give the right --type`,
    zh: (p) => `${p.where}:列“${p.header}”是 ${p.type} 记录(${p.program})的申领金额,但各行是 ${p.fixed} 记录(--type ${p.fixed});请删除该列或给出正确的 --type`,
  },
  auditKeyProblem: {
    en: (p: { where: string; problem: string }) => `${p.where}: key ${p.problem}; rename the key`,
    zh: (p) => `${p.where}:键 ${p.problem};请重命名该键`,
  },
  auditKeyType: {
    en: (p: { where: string; key: string; type: string; program: string; recordType: string }) =>
      `${p.where}: key "${p.key}" is the claim of ${p.type} records (${p.program}), but ${p.recordType} records have it; remove the key or correct the records' type`,
    zh: (p) => `${p.where}:键“${p.key}”是 ${p.type} 记录(${p.program})的申领金额,但出现在 ${p.recordType} 记录中;请删除该键或更正记录类型`,
  },
  yamlTooLarge: {
    en: (p: { file: string; mb: number }) => `${p.file}: YAML of over ${p.mb} MB; YAML is read whole, so large inputs must be JSON, NDJSON or CSV, which stream`,
    zh: (p) => `${p.file}:YAML 超过 ${p.mb} MB;YAML 须整体读入,大的输入请用可流式读取的 JSON、NDJSON 或 CSV`,
  },
  macLineEnds: {
    en: (p: { file: string }) => `${p.file}: its lines end in a carriage return alone (old Mac "CSV (Macintosh)"); save it as "CSV UTF-8" or with LF or CRLF line ends`,
    zh: (p) => `${p.file}:行尾只有回车符(旧 Mac 的“CSV (Macintosh)”);请另存为“CSV UTF-8”,或使用 LF 或 CRLF 行尾`,
  },
  headerNotUtf8: {
    en: (p: { file: string }) => `${p.file}:1: the header is not valid UTF-8; if Excel saved the file on a Chinese Windows, use --encoding gb18030`,
    zh: (p) => `${p.file}:1:表头不是有效的 UTF-8;如果文件是在中文 Windows 上由 Excel 保存的,请用 --encoding gb18030`,
  },
  bomButGb18030: {
    en: (p: { file: string }) => `${p.file}: starts with a UTF-8 byte order mark, but --encoding gb18030 was given; leave out --encoding (or give utf8) to read it as the UTF-8 it says it is`,
    zh: (p) => `${p.file}:文件以 UTF-8 字节顺序标记开头,却给出了 --encoding gb18030;请去掉 --encoding(或改为 utf8),按其标明的 UTF-8 读取`,
  },
  headerNotGb18030: {
    en: (p: { file: string }) => `${p.file}:1: the header is not valid GB18030; if the file is UTF-8, use --encoding utf8`,
    zh: (p) => `${p.file}:1:表头不是有效的 GB18030;如果文件是 UTF-8,请用 --encoding utf8`,
  },
  headerTooLong: {
    en: (p: { file: string }) =>
      `${p.file}:1: the header runs over 64 MB, the most a header may hold: close a quote left open in it (an unmatched "), or split it where a line break is missing`,
    zh: (p) => `${p.file}:1:表头超过 64 MB 上限:请补上未闭合的引号("),或在缺少换行处分行`,
  },
  voidNoBatch: { en: () => 'ledger void: give the batch ID, such as 2020-02', zh: () => 'ledger void:请给出批次号,例如 2020-02' },
  voidNoReason: { en: () => 'ledger void: give the reason with --reason TEXT', zh: () => 'ledger void:请用 --reason 文字 给出原因' },
  showBadId: {
    en: (p: { id: string; why: string }) => `ledger show ${p.id}: not a valid ID number: ${p.why}`,
    zh: (p) => `ledger show ${p.id}:不是有效的身份证号:${recordMessage(p.why, 'zh')}`,
  },
  unknownLedgerProgram: {
    en: (p: { program: string; ledger: string; known: string[] }) => `--program ${p.program}: no such program in the rules or in ledger ${p.ledger}; the programs: ${p.known.join(', ')}`,
    zh: (p) => `--program ${p.program}:规则和台账 ${p.ledger} 中都没有此项目;项目有:${p.known.join('、')}`,
  },
  recordStdin: {
    en: () => 'ledger record -: a payment names the file it came from, and standard input has no name; save the input to a file and record that',
    zh: () => 'ledger record -:每笔发放都记下来源文件,而标准输入没有文件名;请先把输入保存为文件再记录',
  },
  unknownProgram: {
    en: (p: { id: string; known: string[]; like?: string }) => `rules show ${p.id}: no such program${p.like ? ` (did you mean ${p.like}?)` : ''}; the programs are ${p.known.join(', ')}`,
    zh: (p) => `rules show ${p.id}:没有此项目${p.like ? `(是否想写 ${p.like}?)` : ''};项目有:${p.known.join('、')}`,
  },
  unknownSchemaType: {
    en: (p: { value: string }) => `unknown type "${p.value}": use placement, hire or startup (one record of that type), or case (a case file, the default)`,
    zh: (p) => `未知类型“${p.value}”:请用 placement、hire 或 startup(该类型的一条记录),或 case(案件文件,默认)`,
  },
  unknownTemplateType: {
    en: (p: { value: string; types: readonly string[] }) => `unknown type "${p.value}": use one of ${p.types.join(', ')}`,
    zh: (p) => `未知类型“${p.value}”:请用 ${p.types.join('、')} 之一`,
  },
});
