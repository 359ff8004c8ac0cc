/** ZIP archives made by hand for tests: parts stored or deflated, in the order given, with ZIP64 records if asked. */
import { deflateRawSync } from 'node:zlib';
import { ZipParts } from '../../src/io/xlsx/zip.js';

export interface ZipOptions {
  method?: 0 | 8;
  /** Write the directory's counts, sizes and offsets as ZIP64 does (0xffff…, with the real ones in extra fields and ZIP64 end records). */
  zip64?: boolean;
}

export function zipOf(parts: readonly (readonly [string, Buffer])[], { method = 8, zip64 = false }: ZipOptions = {}): Buffer {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let at = 0;
  for (const [name, content] of parts) {
    const data = method === 8 ? deflateRawSync(content) : content;
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const extra = Buffer.alloc(zip64 ? 28 : 0);
    if (zip64) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(content.length), 4);
      extra.writeBigUInt64LE(BigInt(data.length), 12);
      extra.writeBigUInt64LE(BigInt(at), 20);
    }
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(45, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x800, 8);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt32LE(zip64 ? 0xffffffff : data.length, 20);
    entry.writeUInt32LE(zip64 ? 0xffffffff : content.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt16LE(extra.length, 30);
    entry.writeUInt32LE(zip64 ? 0xffffffff : at, 42);
    central.push(entry, nameBytes, extra);
    out.push(local, nameBytes, data);
    at += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const tail: Buffer[] = [];
  if (zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeBigUInt64LE(BigInt(parts.length), 24);
    record.writeBigUInt64LE(BigInt(parts.length), 32);
    record.writeBigUInt64LE(BigInt(directory.length), 40);
    record.writeBigUInt64LE(BigInt(at), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(at + directory.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : parts.length, 8);
  end.writeUInt16LE(zip64 ? 0xffff : parts.length, 10);
  end.writeUInt32LE(zip64 ? 0xffffffff : directory.length, 12);
  end.writeUInt32LE(zip64 ? 0xffffffff : at, 16);
  return Buffer.concat([...out, directory, ...tail, end]);
}

/** Every part of the archive at `path`, uncompressed, in the directory's order. */
export async function partsOf(path: string): Promise<[string, Buffer][]> {
  const zip = await ZipParts.open(path);
  const parts: [string, Buffer][] = [];
  for (const name of zip.names()) {
    const chunks: Buffer[] = [];
    for await (const chunk of (await zip.stream(name)).data) chunks.push(chunk as Buffer);
    parts.push([name, Buffer.concat(chunks)]);
  }
  return parts;
}
