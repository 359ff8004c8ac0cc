/**
 * What a file is by its first bytes (and, for a ZIP archive, the names of its entries): an Excel
 * workbook (.xlsx), or one of the binary formats that are no record input at all (an old .xls
 * workbook, another archive, a PDF, an image), each named for a clear message.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** A binary format that is not a record input: its name, in both languages. */
export interface BinaryFormat {
  en: string;
  zh: string;
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (head: Uint8Array, bytes: readonly number[]) => bytes.every((b, i) => head[i] === b);

/** Whether the bytes are the start of a ZIP archive (as an .xlsx workbook is). */
export const isZip = (head: Uint8Array): boolean => startsWith(head, ZIP) || startsWith(head, [0x50, 0x4b, 0x05, 0x06]);

/** What the names of a ZIP archive's entries (any part of the archive that holds them) make it. */
function zipKind(names: Buffer): 'xlsx' | BinaryFormat {
  const has = (s: string) => names.includes(s, 0, 'latin1');
  if (has('xl/workbook.xml') || has('xl/worksheets/')) return 'xlsx';
  if (has('word/document.xml')) return { en: 'a Word document (.docx)', zh: 'Word 文档(.docx)' };
  if (has('ppt/presentation.xml')) return { en: 'a PowerPoint presentation (.pptx)', zh: 'PowerPoint 演示文稿(.pptx)' };
  if (has('application/vnd.oasis.opendocument.spreadsheet')) return { en: 'an OpenDocument spreadsheet (.ods)', zh: 'OpenDocument 电子表格(.ods)' };
  return { en: 'a ZIP archive', zh: 'ZIP 压缩包' };
}

/**
 * The binary format that a file's first bytes show (with `names`, the bytes of a ZIP archive
 * where its entries' names are: its start, or its central directory at the end); 'xlsx' for a
 * workbook; undefined for text.
 */
export function binaryFormat(head: Uint8Array, names?: Buffer): 'xlsx' | BinaryFormat | undefined {
  if (startsWith(head, OLE2)) return { en: 'an Excel 97-2003 workbook (.xls) or another old Office file', zh: 'Excel 97-2003 工作簿(.xls)或其他旧版 Office 文件' };
  if (isZip(head)) return zipKind(names ?? Buffer.from(head));
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) return { en: 'a PDF document', zh: 'PDF 文档' };
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47]) || startsWith(head, [0xff, 0xd8, 0xff]) || startsWith(head, [0x47, 0x49, 0x46, 0x38])) {
    return { en: 'an image', zh: '图片' };
  }
  if (startsWith(head, [0x1f, 0x8b])) return { en: 'a gzip archive', zh: 'gzip 压缩包' };
  if (startsWith(head, [0x52, 0x61, 0x72, 0x21])) return { en: 'a RAR archive', zh: 'RAR 压缩包' };
  if (startsWith(head, [0x37, 0x7a, 0xbc, 0xaf])) return { en: 'a 7z archive', zh: '7z 压缩包' };
  return undefined;
}

/** How much of a ZIP archive's end is read for its central directory (the names of its entries). */
const TAIL = 256 << 10;

/** The binary format of a regular file (see binaryFormat); undefined for text, a folder, a pipe, or one that cannot be read (its reader says why). */
export function fileFormat(path: string): 'xlsx' | BinaryFormat | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return undefined;
    const head = Buffer.alloc(Math.min(stat.size, 64 << 10));
    readSync(fd, head, 0, head.length, 0);
    if (!isZip(head)) return binaryFormat(head);
    const tail = Buffer.alloc(Math.min(stat.size, TAIL));
    readSync(fd, tail, 0, tail.length, stat.size - tail.length);
    return binaryFormat(head, Buffer.concat([head, tail]));
  } finally {
    closeSync(fd);
  }
}
