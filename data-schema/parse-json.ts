export type JsonParseResult =
  | { ok: true; value: unknown }
  | { ok: false; message: string; position?: number; line?: number; column?: number };

/** Line and column (both from 1) of a character offset, as an editor shows them. */
export function lineColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

/**
 * JSON.parse that says where it failed. Engines word their errors differently (V8 gives
 * "at position N", newer ones "line L column C", Firefox "at line L column C"), so read
 * whichever is there and always answer with a line and a column.
 */
export function parseJson(text: string): JsonParseResult {
  try {
    // A UTF-8 BOM is common in files saved by Excel and Windows editors; it is not an error.
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const lc = /line (\d+) column (\d+)/.exec(message);
    if (lc) return { ok: false, message, line: Number(lc[1]), column: Number(lc[2]) };
    const pos = /position (\d+)/.exec(message);
    const position = pos ? Number(pos[1]) : text.trim() === '' ? 0 : text.length;
    return { ok: false, message, position, ...lineColumn(text, position) };
  }
}
