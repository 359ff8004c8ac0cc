/** What the ledger says of itself when it cannot be used, in both languages (see i18n/messages.ts): the words both backends share. */
import { catalogue, textIn, type Message } from '../i18n/messages.js';
import { SCHEMA_VERSION } from './schema.js';

export const say = catalogue({
  ledger: {
    en: (p: { ledger: string; message: string | Message }) => `ledger ${p.ledger}: ${textIn(p.message, 'en')}`,
    zh: (p) => `台账 ${p.ledger}:${textIn(p.message, 'zh')}`,
  },
  newerSchema: {
    en: (p: { v: number }) => `written by a newer version of subsidy (ledger schema ${p.v}; this one knows up to ${SCHEMA_VERSION}): upgrade subsidy to use it; nothing was written`,
    zh: (p) => `由更新版本的 subsidy 写入(台账结构版本 ${p.v};本版本最高支持 ${SCHEMA_VERSION}):请升级 subsidy 后再用;未写入任何内容`,
  },
  olderSchema: {
    en: (p: { v: number }) =>
      p.v === 0
        ? 'holds no ledger tables yet: they are made by its first `subsidy ledger record`'
        : `has ledger schema ${p.v}, older than this version's ${SCHEMA_VERSION}: a \`subsidy ledger record\` or \`void\` brings it up to date`,
    zh: (p) =>
      p.v === 0
        ? '还没有台账表:首次 `subsidy ledger record` 时创建'
        : `台账结构版本为 ${p.v},低于本版本的 ${SCHEMA_VERSION}:运行一次 \`subsidy ledger record\` 或 \`void\` 即可更新`,
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
    zh: (p) => `不是 SQLite 台账(${p.why}):请检查路径`,
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
  interfered: {
    en: (p: { why: string }) => `another recorder got in the way (${p.why}): nothing was written; run it again`,
    zh: (p) => `另一个记录进程同时写入(${p.why}):未写入任何内容;请重新运行`,
  },
});

export const newerSchema = (v: number) => say('newerSchema', { v });

export const olderSchema = (v: number) => say('olderSchema', { v });
