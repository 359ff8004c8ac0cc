/**
 * Loads the rules pack with the parameter overrides given on the command line.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { RulesError } from '../errors.js';
import { loadRules, type RulesPack } from '../rules/load.js';

export interface RulesFlags {
  param?: string[];
  params?: string;
}

function readParamsFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new RulesError(`--params ${path}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); check the path`);
  }
  try {
    return extname(path).toLowerCase() === '.json' ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    throw new RulesError(`--params ${path}: not valid ${extname(path).toLowerCase() === '.json' ? 'JSON' : 'YAML'}: ${(e as Error).message.split('\n')[0]}`);
  }
}

export function loadRulesFromFlags(flags: RulesFlags): RulesPack {
  return loadRules({
    ...(flags.params ? { file: { name: `--params ${flags.params}`, values: readParamsFile(flags.params) } } : {}),
    flags: flags.param ?? [],
  });
}
