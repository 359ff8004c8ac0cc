import type { ChalkInstance } from 'chalk';
import type { CalendarDate } from '../../engine/calendar.js';
import type { Summary } from '../../engine/summary.js';
import type { Lang } from '../../i18n/lang.js';
import type { EvaluatedRecord } from '../../pipeline.js';
import type { RulesPack } from '../../rules/load.js';
import type { Sink } from '../sink.js';

export const OUTPUT_FORMATS = ['table', 'json', 'ndjson'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface WriterContext {
  sink: Sink;
  pack: RulesPack;
  asOf: CalendarDate;
  lang: Lang;
  explain: boolean;
  color: ChalkInstance;
  /** Terminal width for tables; Infinity when not writing to a terminal (no wrapping). */
  columns: number;
}

/** Writes evaluated records as they come, then the summary. */
export interface RecordWriter {
  begin(): Promise<void>;
  write(record: EvaluatedRecord): Promise<void>;
  end(summary: Summary): Promise<void>;
}
