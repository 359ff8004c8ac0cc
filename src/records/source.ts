/**
 * Where a record is: its file, line and, where records share a line, its place in the file. Kept
 * apart from the reader (record.ts), so that output formats name a place without loading it.
 */

export interface SourceRef {
  file: string;
  line?: number;
  /** The record's place in its file, counting from 1: given where records share a line (a JSON list on one line). */
  record?: number;
}

/** Where a record is, for people: file:line, and its place in the file where records share a line (file:1 (record 2); file:1(第 2 条记录)). */
export function sourceText(ref: { file: string; line?: number; record?: number }, lang: 'en' | 'zh' = 'en'): string {
  const record = ref.record ? (lang === 'zh' ? `(第 ${ref.record} 条记录)` : ` (record ${ref.record})`) : '';
  return `${ref.file}${ref.line ? `:${ref.line}` : ''}${record}`;
}
