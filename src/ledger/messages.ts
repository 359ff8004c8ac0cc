/** What the ledger says of itself when it cannot be used, in both languages (see i18n/messages.ts): the words both backends share. */
import { catalogue, textIn, type Message } from '../i18n/messages.js';

/** Why a PostgreSQL server cannot be used, by the error's code (a network one, or the server's). */
const SERVER_FAULTS = {
  ECONNREFUSED: { en: () => 'the server refuses connections (is it running, on that host and port?)', zh: () => '服务器拒绝连接(它是否在运行,主机和端口是否正确?)' },
  ENOTFOUND: { en: () => 'no such host (check the host name)', zh: () => '没有这个主机(请检查主机名)' },
  EHOSTUNREACH: { en: () => 'the host cannot be reached (check the host and the network)', zh: () => '无法到达该主机(请检查主机和网络)' },
  ETIMEDOUT: { en: () => 'the server does not answer (is it running, on that host and port?)', zh: () => '服务器没有应答(它是否在运行,主机和端口是否正确?)' },
  /** Nothing answered within the wait (an unreachable host, or a port where no PostgreSQL listens). */
  noAnswer: {
    en: (s: number) => `no PostgreSQL server answered (waited ${s} s): is one running, on that host and port?`,
    zh: (s: number) => `没有 PostgreSQL 服务器应答(已等待 ${s} 秒):该主机和端口上是否有服务器在运行?`,
  },
  /** The connection was closed before a PostgreSQL server answered (something else listens there). */
  cutOff: {
    en: () => 'the connection was closed before a PostgreSQL server answered: is one running, on that host and port?',
    zh: () => '连接在 PostgreSQL 服务器应答前被关闭:该主机和端口上是否有 PostgreSQL 服务器在运行?',
  },
  '28P01': { en: () => 'the server refuses the password', zh: () => '服务器拒绝该密码' },
  '28000': { en: () => 'the server refuses the user', zh: () => '服务器拒绝该用户' },
  '3D000': { en: () => 'no such database', zh: () => '没有这个数据库' },
} satisfies Record<string, { en: (s: number) => string; zh: (s: number) => string }>;

export type ServerFault = keyof typeof SERVER_FAULTS;

/** Codes that say the same as one of SERVER_FAULTS. */
const ALIKE: Record<string, ServerFault> = { ENETUNREACH: 'EHOSTUNREACH', EHOSTDOWN: 'EHOSTUNREACH', EAI_AGAIN: 'ENOTFOUND', ECONNRESET: 'cutOff' };

/** What an error's code says of the server, if it is one of SERVER_FAULTS. */
export function serverFault(code: string): ServerFault | undefined {
  if (ALIKE[code]) return ALIKE[code];
  return Object.hasOwn(SERVER_FAULTS, code) && code !== 'noAnswer' && code !== 'cutOff' ? (code as ServerFault) : undefined;
}

/** SQLite's words for a file that is not a database, in Chinese. */
const SQLITE_WHY_ZH: Record<string, string> = { 'file is not a database': '文件不是数据库', 'database disk image is malformed': '数据库文件已损坏' };

/** The first few of a list of names, then an ellipsis. */
const shortList = (names: readonly string[], sep: string) => (names.length > 5 ? [...names.slice(0, 5), '…'] : names).join(sep);

export const say = catalogue({
  ledger: {
    en: (p: { ledger: string; message: string | Message }) => `ledger ${p.ledger}: ${textIn(p.message, 'en')}`,
    zh: (p) => `台账 ${p.ledger}:${textIn(p.message, 'zh')}`,
  },
  newerSchema: {
    en: (p: { v: number; known: number }) => `written by a newer version of subsidy (ledger schema ${p.v}; this one knows up to ${p.known}): upgrade subsidy to use it; nothing was written`,
    zh: (p) => `由更新版本的 subsidy 写入(台账结构版本 ${p.v};本版本最高支持 ${p.known}):请升级 subsidy 后再用;未写入任何内容`,
  },
  noLedgerNamed: {
    en: () => 'no ledger named: give --ledger FILE or --ledger postgres://…',
    zh: () => '没有指定台账:请给出 --ledger 文件 或 --ledger postgres://…',
  },
  noTables: {
    en: () => 'holds no ledger tables yet: they are made by its first `subsidy ledger record`',
    zh: () => '还没有台账表:首次 `subsidy ledger record` 时创建',
  },
  notLedger: {
    en: (p: { tables: readonly string[]; postgres: boolean }) =>
      `not a ledger: it holds other tables (${shortList(p.tables, ', ')}) and no ledger tables${p.postgres ? ' of its own' : ''}; check the ${p.postgres ? 'address, or give the ledger a database of its own' : 'path'}`,
    zh: (p) => `不是台账:其中有其他表(${shortList(p.tables, '、')}),没有台账表;请检查${p.postgres ? '地址,或为台账另建一个数据库' : '路径'}`,
  },
  noFolder: {
    en: (p: { folder: string }) => `its folder ${p.folder} does not exist: create the folder first, or check the path`,
    zh: (p) => `所在文件夹 ${p.folder} 不存在:请先创建该文件夹,或检查路径`,
  },
  isFolder: {
    en: (p: { file: string }) => `is a folder, not a file: name a ledger file, such as ${p.file}`,
    zh: (p) => `是文件夹,不是文件:请给出台账文件,例如 ${p.file}`,
  },
  noSuchLedger: {
    en: () => 'no such file: a ledger is made by its first `subsidy ledger record`; check the path',
    zh: () => '文件不存在:台账在首次 `subsidy ledger record` 时创建;请检查路径',
  },
  locked: {
    en: (p: { seconds: number; recorder: boolean }) =>
      p.recorder
        ? `locked by another recorder (waited ${p.seconds} s): try again when it is done; nothing was written`
        : `locked by another process (waited ${p.seconds} s): try again when it is done`,
    zh: (p) => `被另一个${p.recorder ? '记录进程' : '进程'}锁定(已等待 ${p.seconds} 秒):请等它结束后再试${p.recorder ? ';未写入任何内容' : ''}`,
  },
  notSqlite: {
    en: (p: { why: string }) => `not an SQLite ledger (${p.why}): check the path`,
    zh: (p) => `不是 SQLite 台账(${SQLITE_WHY_ZH[p.why] ?? p.why}):请检查路径`,
  },
  cannotUse: {
    en: (p: { why: string }) => `cannot use it (${p.why}): check the path and its permissions`,
    zh: (p) => `无法使用(${p.why}):请检查路径及其权限`,
  },
  noDriver: {
    en: (p: { missing: boolean; why: string }) =>
      `the SQLite ledger needs the optional package better-sqlite3, which ${p.missing ? 'is not installed' : `cannot be loaded (${p.why})`}: run npm install better-sqlite3`,
    zh: (p) => `SQLite 台账需要可选包 better-sqlite3,它${p.missing ? '未安装' : `无法加载(${p.why})`}:请运行 npm install better-sqlite3`,
  },
  dbSays: {
    en: (p: { why: string }) => `the database says: ${p.why}`,
    zh: (p) => `数据库报错:${p.why}`,
  },
  server: {
    en: (p: { why: ServerFault; code: string; seconds: number }) => `cannot use it: ${SERVER_FAULTS[p.why].en(p.seconds)}${p.code ? ` (${p.code})` : ''}`,
    zh: (p) => `无法使用:${SERVER_FAULTS[p.why].zh(p.seconds)}${p.code ? `(${p.code})` : ''}`,
  },
  badAddress: {
    en: (p: { invalid: boolean }) => `not a valid PostgreSQL address (${p.invalid ? 'Invalid URL' : 'cannot be parsed'}): write it postgres://user:password@host:port/database`,
    zh: (p) => `不是有效的 PostgreSQL 地址(${p.invalid ? 'Invalid URL' : '无法解析'}):请写成 postgres://用户:密码@主机:端口/数据库`,
  },
  notBlocked: {
    en: (p: { program: string }) => `a payment was neither recorded nor blocked (${p.program}): nothing was written; run it again`,
    zh: (p) => `有一笔发放既未记录也未被拦下(${p.program}):未写入任何内容;请重新运行`,
  },
  interfered: {
    en: (p: { why: string }) => `another recorder got in the way (${p.why}): nothing was written; run it again`,
    zh: (p) => `另一个记录进程同时写入(${p.why}):未写入任何内容;请重新运行`,
  },
});
