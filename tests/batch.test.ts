import { writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { workerExecutor } from '../src/batch/executor.js';
import type { BatchOptions } from '../src/batch/process.js';
import { SharedSlots, type BatchMemory } from '../src/batch/shared.js';
import { ClaimList, claimsMemorySize } from '../src/batch/claim-list.js';
import type { ProgramResult } from '../src/engine/types.js';
import { csvLayout } from '../src/io/csv/header.js';
import { loadRules } from '../src/rules/load.js';
import { parseCsvBytes, rowCells, type CsvRow } from '../src/io/csv/parse.js';
import { BatchSplitter } from '../src/io/csv/splitter.js';
import { compileByteRowReader } from '../src/records/byte-reader.js';
import { CROSS_FIELDS } from '../src/records/kinds.js';
import { OutBuffer } from '../src/io/out-buffer.js';
import { testDir } from './helpers/temp.js';
import { formatFen } from '../src/records/values.js';
import { FIELDS, RECORD_TYPES, typeIndex, type RecordType } from '../src/records/fields.js';
import { parseRecord } from '../src/records/record.js';

const CSV = Buffer.from(
  'type,name,note\r\n' +
    'placement,"a, b","two\nlines"\r\n' +
    '\r\n' +
    'hire,"say ""hi""",x\n' +
    ',,\n' +
    'startup,长寿区,"三\n行\n文本"\n' +
    'hire,last,no newline',
);

function rows(buf: Buffer): { line: number; cells: string[] }[] {
  const out: { line: number; cells: string[] }[] = [];
  parseCsvBytes(buf, 1, 'x.csv', (row: CsvRow) => out.push({ line: row.line, cells: rowCells(buf, row) }));
  return out;
}

describe('CSV rows from bytes', () => {
  it('reads quoted commas, quotes and line breaks, skips blank rows, and keeps physical lines', () => {
    expect(rows(CSV)).toEqual([
      { line: 1, cells: ['type', 'name', 'note'] },
      { line: 2, cells: ['placement', 'a, b', 'two\nlines'] },
      { line: 5, cells: ['hire', 'say "hi"', 'x'] },
      { line: 7, cells: ['startup', '长寿区', '三\n行\n文本'] },
      { line: 10, cells: ['hire', 'last', 'no newline'] },
    ]);
  });

  it('splits lines without quotes as String.split does, whatever their bytes and widths', () => {
    // Bytes just above and below the comma, UTF-8, tabs and spaces; rows narrow and wide (more
    // cells than the parser first has room for), with LF or CRLF.
    const char = fc.constantFrom('a', '9', '-', '.', '/', '+', ' ', '\t', '长', 'é', '\u0001', '!', '#');
    const cell = fc.array(char, { maxLength: 9 }).map((cs) => cs.join(''));
    const line = fc.array(cell, { minLength: 1, maxLength: 600, size: 'max' }).map((cells) => cells.join(','));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), fc.boolean(), (lines, crlf) => {
        const buf = Buffer.from(lines.join(crlf ? '\r\n' : '\n'));
        const expected = lines
          .map((l, i) => ({ line: i + 1, cells: l.split(',') }))
          .filter((r) => r.cells.some((c) => c.replace(/[ \t]/g, '') !== ''));
        expect(rows(buf)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('reads rows of 255 to 257 cells and wider, with or without a quote after their first cells', () => {
    const cells = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`);
    const lines = [cells(2), cells(255), cells(256), cells(257), cells(600), [...cells(300), 'x,y', 'z'], cells(3)];
    const text = lines.map((l) => l.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')).join('\r\n');
    expect(rows(Buffer.from(text))).toEqual(lines.map((l, i) => ({ line: i + 1, cells: l })));
  });

  it('names the line where an unclosed quote opened', () => {
    expect(() => rows(Buffer.from('a,b\n1,2\n3,"open\n4,5\n'))).toThrow(/^x\.csv:3: a quoted field is never closed/);
  });
});

describe('batches of whole records', () => {
  it('come out the same whatever the chunk boundaries', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 64 }), (sizes, target) => {
        const splitter = new BatchSplitter('x.csv', target);
        const batches = [];
        let at = 0;
        for (let i = 0; at < CSV.length; i++) {
          const size = sizes[i % sizes.length]!;
          batches.push(...splitter.push(CSV.subarray(at, at + size)));
          at += size;
        }
        const last = splitter.end();
        if (last) batches.push(last);
        // The batches put together are the input; each one parses on its own, with the right lines.
        expect(Buffer.concat(batches.map((b) => b.bytes))).toEqual(CSV);
        const parsed = batches.flatMap((b) => {
          const out: { line: number; cells: string[] }[] = [];
          const buf = Buffer.from(b.bytes);
          parseCsvBytes(buf, b.firstLine, 'x.csv', (row) => out.push({ line: row.line, cells: rowCells(buf, row) }));
          return out;
        });
        expect(parsed).toEqual(rows(CSV));
      }),
      { numRuns: 200 },
    );
  });

  /** The CSV above in a file of a test's own. */
  const csvFile = () => {
    const path = join(testDir('subsidy-batch-'), 'x.csv');
    writeFileSync(path, CSV);
    return path;
  };

  it('read from a file, straight into the memory they are sent in, are the same whatever the read size', async () => {
    const path = csvFile();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 64 }), async (chunk, target) => {
        const splitter = new BatchSplitter('x.csv', target);
        const batches = [];
        const file = await open(path, 'r');
        try {
          for await (const { batches: some } of splitter.readFile(file, 0, chunk)) batches.push(...some);
        } finally {
          await file.close();
        }
        const last = splitter.end();
        if (last) batches.push(last);
        expect(Buffer.concat(batches.map((b) => b.bytes))).toEqual(CSV);
        expect(batches.map((b) => b.firstLine)).toEqual(batches.map((b) => 1 + (CSV.subarray(0, b.offset).toString().match(/\n/g)?.length ?? 0)));
        // Each batch is a view of memory of its own (none shares another's): it can be transferred.
        expect(new Set(batches.map((b) => b.bytes.buffer)).size).toBe(batches.length);
      }),
      { numRuns: 100 },
    );
  });

  it('read into slots of shared memory, are the same; each slot comes back, or is held by a batch until it is done with', async () => {
    const path = csvFile();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 64 }), fc.integer({ min: 8, max: 80 }), async (chunk, target, slotSize) => {
        // Reads larger than a slot (a long record, and what came before it) get memory of their own.
        const slots = new SharedSlots(2, slotSize);
        const memory: BatchMemory = {
          take: async (size) => (size <= slots.size ? slots.view(await slots.take(), size) : Buffer.allocUnsafeSlow(size)),
          drop: (bytes) => slots.slotOf(bytes) >= 0 && slots.give(slots.slotOf(bytes)),
        };
        const splitter = new BatchSplitter('x.csv', target);
        const batches: Buffer[] = [];
        const file = await open(path, 'r');
        try {
          for await (const { batches: some } of splitter.readFile(file, 0, chunk, memory)) {
            for (const b of some) {
              // A batch done with: its bytes kept (copied), its slot given back.
              batches.push(Buffer.from(b.bytes));
              if (slots.slotOf(b.bytes) >= 0) slots.give(slots.slotOf(b.bytes));
            }
          }
        } finally {
          await file.close();
        }
        const last = splitter.end();
        if (last) batches.push(Buffer.from(last.bytes));
        expect(Buffer.concat(batches)).toEqual(CSV);
        // Every slot is free again: none was kept by memory that no batch held.
        expect(new Set([slots.tryTake(), slots.tryTake()])).toEqual(new Set([0, 1]));
      }),
      { numRuns: 100 },
    );
  });

  it('take a record longer than the limit for an unclosed quote, naming its line', () => {
    const splitter = new BatchSplitter('x.csv', 8, 64);
    splitter.push(Buffer.from(`a,b\n1,"${'x'.repeat(40)}`));
    expect(() => splitter.push(Buffer.from('y'.repeat(40)))).toThrow(/^x\.csv:2: a record runs over/);
  });
});

/** Values that a cell may hold, valid and not, per kind of field. */
const VALUES: Record<string, string[]> = {
  text: ['', ' ', '张伟', '  padded  ', 'C-1', '\u3000'],
  resident_id: ['', '500115199001011238', '50010319920315002x', '50010319920315002X', '500115199001011239', '500115900101123', ' 500115 19900101 1238 ', '5001', '500115199002301234', '甲乙'],
  credit_code: ['', '91500115MA5U7C4X1E', '91500115ma5u7c4x1e', '91350100M000100Y43', '91350100M000100Y44', '9135010OM000100Y43', '91500115MA5U7C4X1', '甲乙'],
  date: [
    ...['', '2020-02-20', '2020/2/20', '2020年2月20日', '2020-02-30', '2019-02-29', '20/02/2020', '2020-2-5', ' 2020-03-01 '],
    ...['2020.2.20', '2020/02/30', '2020/2/', '2020-02/20', '2020/13/1', '1899/1/1', '1899-12-31', '2100-01-01', '9999-10-01', '10000-01-01', '2020/1/123', '2020/001/1'],
  ],
  money: ['', '0', '1000', '999.99', '1000.01', '1,000.50', '-5', '1.005', '12,3456', '¥600', '600元', 'abc', '150000.0'],
  categories: ['', 'key', 'electronics', 'key;electronics', '重点企业、电子企业', '其他', 'foo', ' key '],
  groups: ['', 'poverty_registered', '建档立卡贫困家庭成员', '农民工;退役军人', 'hard-to-employ'],
  district: ['', '长寿区', 'Changshou', '500115', '璧山区'],
};

describe('record types', () => {
  it('have their place in RECORD_TYPES as typeIndex', () => {
    expect(RECORD_TYPES.map((t) => typeIndex(t))).toEqual(RECORD_TYPES.map((_, i) => i));
  });
});

describe('the byte row reader reads as the zod schema does', () => {
  for (const type of RECORD_TYPES) {
    it(`for ${type} records`, () => {
      const fields = FIELDS[type];
      const headers = [...fields.map((f) => f.name), 'social_insurance_months'];
      const reader = compileByteRowReader(type as RecordType, [...fields.map((f) => f.name), undefined], headers, [], 'all');
      // As CSV output reads: only some fields wanted (the others only checked), with those the
      // checks between fields read.
      const wanted = new Set(fields.filter((_, i) => i % 2 === 0).map((f) => f.name));
      const some = compileByteRowReader(type as RecordType, [...fields.map((f) => f.name), undefined], headers, [], wanted);
      const kept = new Set([...wanted, ...CROSS_FIELDS, 'social_insurance_months']);
      const cell = (kind: string) => fc.constantFrom(...VALUES[kind]!);
      fc.assert(
        fc.property(fc.tuple(...fields.map((f) => cell(f.kind)), fc.constantFrom('', '12', ' 7 ', '"q"')), (values) => {
          // Cells with commas or quotes are quoted: such rows take the decoded path, the others the byte path.
          const line = values.map((v) => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',');
          const buf = Buffer.from(`${line}\n`);
          let read: ReturnType<typeof reader> | undefined;
          let readSome: ReturnType<typeof reader> | undefined;
          parseCsvBytes(buf, 1, 't.csv', (row) => {
            read = reader(buf, row);
            readSome = some(buf, row);
          });
          if (values.every((v) => v.trim() === '')) return expect(read).toBeUndefined(); // a blank row is skipped
          const written = Object.fromEntries(headers.map((h, i) => [h, values[i]]));
          const byZod = parseRecord(type as RecordType, written, { file: 't.csv' });
          expect(read!.errors ?? []).toEqual(byZod.errors);
          expect(read!.facts).toEqual(byZod.facts);
          expect(readSome!.errors ?? []).toEqual(byZod.errors);
          // Every wanted field as the schema reads it; any other read is read alike.
          for (const name of kept) expect(readSome!.facts[name]).toEqual(byZod.facts[name]);
          for (const [name, value] of Object.entries(readSome!.facts)) if (value !== undefined) expect(value).toEqual(byZod.facts[name]);
        }),
        { numRuns: 500 },
      );
    });
  }
});

describe('batch output', () => {
  it('copies bytes through as they are: any bytes (NaN patterns too), any length, into shared memory or its own, growing', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 70 }), { maxLength: 40 }), fc.boolean(), fc.integer({ min: 0, max: 7 }), (pieces, shared, offset) => {
        // Every piece is copied from some offset of one buffer, at any alignment.
        const all = Buffer.concat([Buffer.alloc(offset), ...pieces.map((p) => Buffer.from(p))]);
        const from = new DataView(all.buffer, all.byteOffset, all.length);
        const spare = shared ? new Uint8Array(new SharedArrayBuffer(64)) : undefined;
        const out = new OutBuffer(shared ? 64 : 16, spare);
        let at = offset;
        for (const p of pieces) {
          out.copy(from, at, at + p.length);
          at += p.length;
        }
        expect(Buffer.from(out.result())).toEqual(all.subarray(offset));
      }),
      { numRuns: 300 },
    );
  });

  it('writes amounts as formatFen does, digit for digit', () => {
    const edges = [0, 1, 9, 10, 99, 100, 101, 999, 1000, 15_000_000, 2 ** 31 * 100 - 1, 2 ** 31 * 100, 2 ** 31 * 100 + 99, Number.MAX_SAFE_INTEGER];
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...edges, ...edges.map((n) => -n)), fc.integer({ min: -1e9, max: 1e9 }), fc.maxSafeInteger()), (fen) => {
        const out = new OutBuffer(64);
        out.reserve(40);
        out.fen(fen);
        expect(Buffer.from(out.result()).toString('latin1')).toBe(formatFen(fen));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the bits of eight bytes that read as a NaN other than the usual one', () => {
    const nans = Buffer.from([0x01, 0, 0, 0, 0, 0, 0xf0, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xfc, 0xff]);
    const out = new OutBuffer(8);
    out.copy(new DataView(nans.buffer, nans.byteOffset, nans.length), 0, nans.length);
    expect(Buffer.from(out.result())).toEqual(nans);
  });
});

describe('shared memory slots', () => {
  it('are taken and given back; a take waits for a slot given back', async () => {
    const slots = new SharedSlots(2, 16);
    const [a, b] = [await slots.take(), await slots.take()];
    expect(new Set([a, b])).toEqual(new Set([0, 1]));
    expect(slots.tryTake()).toBe(-1);
    let got: number | undefined;
    const waiting = slots.take().then((slot) => (got = slot));
    await new Promise((r) => setImmediate(r));
    expect(got).toBeUndefined();
    slots.give(b);
    expect(await waiting).toBe(b);
    expect(slots.tryTake()).toBe(-1);
  });

  it('tell the slot of bytes in them (views and parts of views alike), and -1 for other memory', () => {
    const slots = new SharedSlots(3, 16);
    expect(slots.slotOf(slots.view(2))).toBe(2);
    expect(slots.slotOf(slots.view(1, 5).subarray(4))).toBe(1);
    expect(slots.slotOf(new Uint8Array(slots.buffer, 47, 1))).toBe(2);
    expect(slots.slotOf(new Uint8Array(16))).toBe(-1);
    expect(slots.view(1).byteOffset).toBe(16);
  });

  it('once failed, fail whoever waits for one and whoever asks after', async () => {
    const slots = new SharedSlots(1, 16);
    await slots.take();
    const waiting = slots.take();
    slots.fail(new Error('a worker thread stopped'));
    await expect(waiting).rejects.toThrow('a worker thread stopped');
    await expect(slots.take()).rejects.toThrow('a worker thread stopped');
  });
});

describe('claims gathered in memory given', () => {
  const results = (n: number): ProgramResult[] => [{ status: 'eligible', amount: n * 100 } as ProgramResult, { status: 'ineligible', amount: 0 } as ProgramResult];
  /** A list of `n` claims, in memory for `room` claims (shared, at an offset, as an output slot's are). */
  const listOf = (n: number, room: number) => {
    const memory = new Uint8Array(new SharedArrayBuffer(8 + claimsMemorySize(room, 2)), 8);
    const list = new ClaimList('f.csv', 2, memory);
    for (let i = 0; i < n; i++) {
      list.add(i, 4 * (1000 + i), 3, i + 2, i % 2 ? 'C-1' : null, results(i), 10 * i);
      list.end(10 * i + 7);
    }
    return { list, memory };
  };
  const check = (c: ReturnType<ClaimList['result']>, n: number) => {
    expect(c.batch.count).toBe(n);
    expect([...c.batch.keys]).toEqual(Array.from({ length: n }, (_, i) => 4 * (1000 + i)));
    expect([...c.batch.lines]).toEqual(Array.from({ length: n }, (_, i) => i + 2));
    expect(c.batch.cases.map((k) => (c.batch.caseNames[k] === 'C-1' ? 1 : 0)).join('')).toBe(Array.from({ length: n }, (_, i) => i % 2).join(''));
    expect([...c.rows, ...c.from, ...c.to]).toEqual([...Array.from({ length: n }, (_, i) => i), ...Array.from({ length: n }, (_, i) => 10 * i), ...Array.from({ length: n }, (_, i) => 10 * i + 7)]);
    expect([...c.amounts]).toEqual(Array.from({ length: n }, (_, i) => [i * 100, 0]).flat());
    expect([...c.statuses].length).toBe(2 * n);
  };

  it('are read in place, or copied when asked', () => {
    const { list, memory } = listOf(50, 64);
    const inPlace = list.result(false);
    check(inPlace, 50);
    expect(inPlace.batch.keys.buffer).toBe(memory.buffer);
    expect(inPlace.amounts.buffer).toBe(memory.buffer);
    const copied = list.result(true);
    check(copied, 50);
    expect(copied.batch.keys.buffer).not.toBe(memory.buffer);
  });

  it('move to memory of their own when more come than the memory holds, losing none', () => {
    const { list, memory } = listOf(200, 64);
    const c = list.result(false);
    check(c, 200);
    expect(c.batch.keys.buffer).not.toBe(memory.buffer);
    expect(c.statuses.buffer).not.toBe(memory.buffer);
  });
});

describe('worker threads', () => {
  it('a thread that dies fails the jobs sent to it, and those sent after, instead of leaving them waiting', async () => {
    const asOf = '2020-12-31';
    const options: BatchOptions = {
      asOf,
      caseTotals: false,
      duplicates: true,
      format: { mode: 'evaluate', mask: false, format: 'json', asOf, lang: 'en', explain: false, colorLevel: 0, columns: Infinity, summaryOnly: true, all: false, bom: false },
    };
    // A thread that fails as it starts, as one that cannot load its code would.
    const worker = new Worker('throw new Error("no code here")', { eval: true });
    const executor = workerExecutor([worker], loadRules(), options);
    const layout = csvLayout('x.csv', ['type', 'worker_id']);
    const job = (seq: number) => ({ seq, bytes: new Uint8Array(Buffer.from('hire,500115199001011238\n')), firstLine: 2, encoding: 'utf8' as const, layout, maps: null, invalidLimit: 0 });
    await expect(executor.run(job(0))).rejects.toThrow('no code here');
    await expect(executor.run(job(1))).rejects.toThrow('no code here');
    await executor.close();
  });
});
