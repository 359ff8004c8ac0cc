/** What the ledger says of itself when it cannot be used: the words both backends share. */
import { SCHEMA_VERSION } from './schema.js';

export const newerSchema = (v: number) =>
  `written by a newer version of subsidy (ledger schema ${v}; this one knows up to ${SCHEMA_VERSION}): upgrade subsidy to use it; nothing was written`;

export const olderSchema = (v: number) =>
  v === 0
    ? 'holds no ledger tables yet: they are made by its first `subsidy ledger record`'
    : `has ledger schema ${v}, older than this version's ${SCHEMA_VERSION}: a \`subsidy ledger record\` or \`void\` brings it up to date`;
