/**
 * Looks at an .xlsx file before the spreadsheet library does, so that a file that is not a
 * workbook, a zip bomb or a sheet of a million rows gets a clear message and a bounded cost.
 * It reads the zip's central directory, then inflates every part as a stream (the standard
 * DecompressionStream, in Node and in browsers), stopping as soon as a limit is passed — the
 * sizes a zip declares are not trusted.
 */
import { WORKBOOK_LIMITS } from './format.js';

export type GuardResult = { ok: true } | { ok: false; code: string; params: Record<string, string | number> };

const u16 = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number) => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;

interface Entry { name: string; method: number; compressed: number; size: number; offset: number }

function centralDirectory(b: Uint8Array): Entry[] | undefined {
  const from = Math.max(0, b.length - 65_557);
  let eocd = -1;
  for (let i = b.length - 22; i >= from; i--) {
    if (u32(b, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = u16(b, eocd + 10);
  let p = u32(b, eocd + 16);
  const entries: Entry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50) return undefined;
    const nameLength = u16(b, p + 28);
    entries.push({
      method: u16(b, p + 10),
      compressed: u32(b, p + 20),
      size: u32(b, p + 24),
      name: decoder.decode(b.subarray(p + 46, p + 46 + nameLength)),
      offset: u32(b, p + 42),
    });
    p += 46 + nameLength + u16(b, p + 30) + u16(b, p + 32);
  }
  return entries;
}

/** Inflates one part, counting bytes (and <row> elements in a worksheet); stops early past a limit. */
async function inspectPart(b: Uint8Array, e: Entry, budget: { bytes: number }, countRows: boolean): Promise<GuardResult> {
  if (e.offset + 30 > b.length || u32(b, e.offset) !== 0x04034b50) return { ok: false, code: 'notWorkbook', params: {} };
  const start = e.offset + 30 + u16(b, e.offset + 26) + u16(b, e.offset + 28);
  const data = b.slice(start, start + e.compressed) as Uint8Array<ArrayBuffer>;
  if (e.method !== 0 && e.method !== 8) return { ok: false, code: 'broken', params: { text: `zip method ${e.method}` } };
  const stream = e.method === 0 ? new Blob([data]).stream() : new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let rows = 0;
  let tail = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      budget.bytes -= value.length;
      if (budget.bytes < 0) {
        await reader.cancel();
        return { ok: false, code: 'zipBomb', params: { limit: WORKBOOK_LIMITS.unpackedBytes } };
      }
      if (countRows) {
        const text = tail + decoder.decode(value, { stream: true });
        const matches = text.match(/<(?:\w+:)?row[\s>]/g);
        rows += matches?.length ?? 0;
        // Keep the end so a tag split across chunks is seen once: drop any complete match from it.
        tail = text.slice(-8).replace(/<(?:\w+:)?row[\s>]/g, '');
        if (rows > WORKBOOK_LIMITS.rows) {
          await reader.cancel();
          return { ok: false, code: 'tooManyRows', params: { count: rows, limit: WORKBOOK_LIMITS.rows, sheet: e.name } };
        }
      }
    }
  } catch (err) {
    return { ok: false, code: 'broken', params: { text: err instanceof Error ? err.message : String(err) } };
  }
  return { ok: true };
}

export async function guardWorkbook(bytes: Uint8Array): Promise<GuardResult> {
  if (bytes.length > WORKBOOK_LIMITS.fileBytes) return { ok: false, code: 'tooLarge', params: { size: bytes.length, limit: WORKBOOK_LIMITS.fileBytes } };
  if (bytes.length >= 8 && u32(bytes, 0) === 0xe011cfd0 && u32(bytes, 4) === 0xe11ab1a1) return { ok: false, code: 'oldExcel', params: {} };
  if (bytes.length < 30 || u32(bytes, 0) !== 0x04034b50) return { ok: false, code: 'notWorkbook', params: {} };
  const entries = centralDirectory(bytes);
  if (!entries || !entries.some((e) => e.name === 'xl/workbook.xml')) return { ok: false, code: 'notWorkbook', params: {} };
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > WORKBOOK_LIMITS.unpackedBytes || entries.some((e) => e.size === 0xffffffff)) {
    return { ok: false, code: 'zipBomb', params: { limit: WORKBOOK_LIMITS.unpackedBytes } };
  }
  const budget = { bytes: WORKBOOK_LIMITS.unpackedBytes };
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    const result = await inspectPart(bytes, e, budget, /^xl\/worksheets\/[^/]+\.xml$/.test(e.name));
    if (!result.ok) return result;
  }
  return { ok: true };
}
