/**
 * Loads the rules pack with the parameter overrides given on the command line.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { RulesError } from '../errors.js';
import type { CalendarDate } from '../core/calendar.js';
import { loadRules, packFiles, type LoadOptions, type RulesPack } from '../rules/load.js';
import { say } from './messages.js';

export interface RulesFlags {
  param?: string[];
  params?: string;
  rules?: string[];
}

function readParamsFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new RulesError(say('paramsUnreadable', { path, why: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
  }
  if (extname(path).toLowerCase() === '.json') {
    try {
      return JSON.parse(text);
    } catch (e) {
      throw new RulesError(say('paramsNotJson', { path, why: (e as Error).message.split('\n')[0]! }));
    }
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const err = doc.errors[0];
  if (err) {
    const pos = counter.linePos(err.pos[0]);
    throw new RulesError(say('paramsNotYaml', { path, line: pos.line, col: pos.col, why: err.code.toLowerCase().replace(/_/g, ' ') }));
  }
  return doc.toJS();
}

/** How to load the rules the flags ask for (plain data: worker threads load the same). */
export function rulesOptions(flags: RulesFlags, asOf?: CalendarDate): LoadOptions {
  return {
    ...packFiles(flags.rules ?? []),
    ...(flags.params ? { file: { name: `--params ${flags.params}`, values: readParamsFile(flags.params) } } : {}),
    flags: flags.param ?? [],
    ...(asOf ? { asOf } : {}),
  };
}

export function loadRulesFromFlags(flags: RulesFlags, asOf?: CalendarDate): { pack: RulesPack; options: LoadOptions } {
  const options = rulesOptions(flags, asOf);
  return { pack: loadRules(options), options };
}
