/** The workbook's sheets as plain rows → a document, with every problem at its sheet and cell. */
import { SCHEMA_VERSION, closestKey, validateDocument, type Lang } from '../../data-schema/index.js';
import { readFiscalYear, readText, type CellValue } from './cells.js';
import { fromCell, type CodecContext } from './codec.js';
import {
  ACTION_PLAN_COLUMNS, ASSESSMENT_COLUMNS, CATEGORY_COLUMNS, DEPARTMENT_COLUMNS, DOCUMENT_ROWS, FOCUS_AREA_COLUMNS, GRADE_COLUMNS, INDICATOR_COLUMNS,
  LABEL_COLUMNS, LABEL_ON_DOCUMENT, LEVEL_COLUMNS, NODE_COLUMNS, NOTE_COLUMNS, REQUIRED_SHEETS, SCALE_COLUMNS, SHEET, SHEET_EN, SOURCE_COLUMNS, VALUE_DETAIL_COLUMNS,
  WEB_PAGE_COLUMNS, getPath, setPath, type Column, type SheetKey,
} from './format.js';
import type { WorkbookProblem } from './messages.js';
import { codecContext, fiscalYearColumn } from './to-sheets.js';

/** One sheet as read: rows[0] is the header; merged cells already carry their first cell's value. */
export interface SheetIn {
  name: string;
  rows: CellValue[][];
}

type Rec = Record<string, unknown>;
interface CellRef { sheet: string; row: number; col: number; name: string }
interface Origin { sheet: string; row: number; cells: Map<string, CellRef> }

export const columnLetter = (col: number): string => {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
export const address = (row: number, col: number) => `${columnLetter(col)}${row + 1}`;

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

export interface SheetsResult {
  /** The document as assembled; valid only when `ok`. */
  document: unknown;
  ok: boolean;
  problems: WorkbookProblem[];
}

interface ReadRow { rec: Rec; keys: Rec; origin: Origin; readings: Map<string, { approximate?: boolean; comparator?: string }> }

export function sheetsToDocument(input: SheetIn[], lang: Lang = 'ja'): SheetsResult {
  const problems: WorkbookProblem[] = [];
  const origins = new WeakMap<object, Origin>();
  const problem = (code: string, sheet: string | undefined, params: Record<string, string | number>, where?: { row: number; col?: number; name?: string }, severity: 'error' | 'warning' = 'error') =>
    problems.push({ severity, code, sheet, cell: where ? address(where.row, where.col ?? 0) : undefined, column: where?.name, params });

  // Which sheet is which: by Japanese name, or the English name.
  const byKey = new Map<SheetKey, SheetIn>();
  const names = new Map<string, SheetKey>();
  for (const [key, ja] of Object.entries(SHEET) as [SheetKey, string][]) {
    names.set(norm(ja), key);
    names.set(norm(SHEET_EN[key]), key);
  }
  const unknown: SheetIn[] = [];
  for (const sheet of input) {
    const key = names.get(norm(sheet.name));
    if (key && !byKey.has(key)) byKey.set(key, sheet);
    else unknown.push(sheet);
  }
  const known = Object.values(SHEET);
  // 「項目一覧」 for 「項目」: a known name inside the unknown one, or a near spelling.
  const likely = (name: string) => known.find((k) => !byKey.has(names.get(norm(k))!) && norm(name).includes(norm(k))) ?? closestKey(name, known);
  for (const sheet of unknown) problem('unknownSheet', undefined, { text: sheet.name, suggestion: likely(sheet.name) ?? '' }, undefined, 'warning');
  for (const key of REQUIRED_SHEETS) {
    if (byKey.has(key)) continue;
    const guess = unknown.find((s) => likely(s.name) === SHEET[key]);
    problem('missingSheet', undefined, { text: SHEET[key], suggestion: guess?.name ?? '' });
  }
  if (problems.some((p) => p.severity === 'error')) return { document: undefined, ok: false, problems };

  // 文書: label / value rows.
  const doc: Rec = {};
  const docSheet = byKey.get('document')!;
  // A fact with no row is named by its label (「名称」), without a cell address.
  const docOrigin: Origin = { sheet: docSheet.name, row: -1, cells: new Map(DOCUMENT_ROWS.map((c) => [c.path, { sheet: docSheet.name, row: -1, col: -1, name: c.ja }])) };
  origins.set(doc, docOrigin);
  const labels = new Map<string, Column>();
  for (const c of DOCUMENT_ROWS) {
    labels.set(norm(c.ja), c);
    labels.set(norm(c.en), c);
  }
  // The level names are needed to read 階層 cells; read 階層 first.
  const levelRows = readTable('levels', LEVEL_COLUMNS, emptyContext());
  const levels = levelRows.map((r) => r.rec);
  const ctx = codecContext(levels as never);

  docSheet.rows.forEach((cells, r) => {
    const label = readText(cells[0] ?? null);
    if (label === undefined || (r === 0 && (label === '項目' || norm(label) === 'field'))) return;
    const column = labels.get(norm(label));
    if (!column) {
      problem('unknownColumn', docSheet.name, { text: label, suggestion: closestKey(label, DOCUMENT_ROWS.map((c) => c.ja)) ?? '' }, { row: r }, 'warning');
      return;
    }
    docOrigin.cells.set(column.path, { sheet: docSheet.name, row: r, col: 1, name: column.ja });
    const read = fromCell(column, cells[1] ?? null, ctx);
    if (!read.ok) return void cellProblem(read, docSheet.name, r, 1, column);
    if (read.value !== undefined) setPath(doc, column.path, read.value.value);
  });
  // Plan owners need not know these two: the schema version this tool writes, and an id.
  if (!('schemaVersion' in doc)) doc.schemaVersion = SCHEMA_VERSION;
  if (!('id' in doc)) doc.id = 'plan';
  doc.levels = levels;

  function emptyContext(): CodecContext {
    return { levelNames: new Map(), levelIds: new Map() };
  }

  function cellProblem(read: { reason: string; text: string }, sheet: string, row: number, col: number, column: Column) {
    const allowed = column.choices?.map((c) => c.ja).join('、') ?? '';
    problem(read.reason, sheet, { text: read.text, allowed }, { row, col, name: column.ja });
  }

  /** Reads a table sheet by its header: known columns, fiscal-year columns on 指標, warnings for the rest. */
  function readTable(key: SheetKey, columns: readonly Column[], codec: CodecContext): ReadRow[] {
    const sheet = byKey.get(key);
    if (!sheet) return [];
    const header = sheet.rows[0] ?? [];
    const mapped: Array<Column | undefined> = [];
    const seen = new Set<string>();
    const byHeader = new Map<string, Column>();
    for (const c of columns) {
      byHeader.set(norm(c.ja), c);
      if (!byHeader.has(norm(c.en))) byHeader.set(norm(c.en), c);
    }
    header.forEach((cell, col) => {
      const text = readText(cell);
      if (text === undefined) return;
      let column = byHeader.get(norm(text));
      if (!column && key === 'indicators') {
        const fy = readFiscalYear(text);
        if (fy.ok && fy.value !== undefined) column = { ...fiscalYearColumn(fy.value), ja: text };
      }
      if (!column) {
        problem('unknownColumn', sheet.name, { text, suggestion: closestKey(text, columns.map((c) => c.ja)) ?? '' }, { row: 0, col }, 'warning');
        return;
      }
      const id = column.path + '|' + (column.scope ?? '');
      if (seen.has(id)) {
        problem('duplicateColumn', sheet.name, { text }, { row: 0, col }, 'warning');
        return;
      }
      seen.add(id);
      mapped[col] = column;
    });
    const out: ReadRow[] = [];
    for (let r = 1; r < sheet.rows.length; r++) {
      const cells = sheet.rows[r] ?? [];
      if (!cells.some((c) => c !== null && c !== undefined && readText(c) !== undefined)) continue;
      const row: ReadRow = { rec: {}, keys: {}, origin: { sheet: sheet.name, row: r, cells: new Map() }, readings: new Map() };
      mapped.forEach((column, col) => {
        if (!column) return;
        const target = column.path.startsWith('@') ? row.keys : row.rec;
        row.origin.cells.set(column.path + (column.scope === 'series' ? '#series' : ''), { sheet: sheet.name, row: r, col, name: column.ja });
        const read = fromCell(column, cells[col] ?? null, codec);
        if (!read.ok) return void cellProblem(read, sheet.name, r, col, column);
        if (read.value === undefined) return;
        const path = column.scope === 'series' ? '@series.' + column.path : column.path;
        setPath(path.startsWith('@') ? row.keys : target, path, read.value.value);
        if (read.value.approximate || read.value.comparator) row.readings.set(column.path, read.value);
      });
      out.push(row);
    }
    return out;
  }

  const track = <T extends object>(o: T, row: ReadRow): T => {
    origins.set(o, row.origin);
    return o;
  };
  const ownerProblem = (row: ReadRow, path: string, text: string, what: string, whatEn: string) => {
    const ref = row.origin.cells.get(path);
    problem('unknownOwner', row.origin.sheet, { text, what, whatEn }, { row: row.origin.row, col: ref?.col ?? 0, name: ref?.name });
  };

  // 項目: one row per item, the parent by its id.
  const nodeRows = readTable('nodes', NODE_COLUMNS, ctx);
  const nodes = new Map<string, Rec>();
  const roots: Rec[] = [];
  for (const row of nodeRows) {
    track(row.rec, row);
    if (typeof row.rec.id === 'string' && !nodes.has(row.rec.id)) nodes.set(row.rec.id, row.rec);
  }
  for (const row of nodeRows) {
    const parentId = row.keys['@parent'];
    if (parentId === undefined) {
      roots.push(row.rec);
      continue;
    }
    const parent = nodes.get(String(parentId));
    if (!parent || parent === row.rec) {
      ownerProblem(row, '@parent', String(parentId), '親の項目', 'parent item');
      continue;
    }
    ((parent.children ??= []) as Rec[]).push(row.rec);
  }
  doc.nodes = roots;
  const reached = new Set<Rec>();
  const reach = (list: Rec[]) => list.forEach((n) => { if (!reached.has(n)) { reached.add(n); reach((n.children as Rec[] | undefined) ?? []); } });
  reach(roots);
  for (const row of nodeRows) {
    const parent = row.keys['@parent'] === undefined ? undefined : nodes.get(String(row.keys['@parent']));
    if (reached.has(row.rec) || !parent || parent === row.rec) continue;
    const ref = row.origin.cells.get('@parent');
    problem('parentLoop', row.origin.sheet, { text: String(row.keys['@parent']) }, { row: row.origin.row, col: ref?.col ?? 0, name: ref?.name });
  }

  const nodeOf = (row: ReadRow): Rec | undefined => {
    const id = row.keys['@owner'];
    const node = id === undefined ? undefined : nodes.get(String(id));
    if (!node) ownerProblem(row, '@owner', String(id ?? ''), '項目ID', 'item id');
    return node;
  };
  const push = (o: Rec, key: string, value: unknown) => ((o[key] ??= []) as unknown[]).push(value);

  // 指標: indicator rows, then series rows with the same 指標ID.
  const indicators = new Map<string, Rec>();
  const seriesOf = new Map<Rec, Map<string, Rec>>();
  for (const row of readTable('indicators', INDICATOR_COLUMNS, ctx)) {
    const series = row.keys['@series'] as Rec | undefined;
    const fy = (row.keys['@fy'] ?? {}) as Record<string, number | null>;
    const target: Rec = series ? { ...series } : row.rec;
    if (series) for (const c of INDICATOR_COLUMNS) if (c.scope === 'both' && getPath(row.rec, c.path) !== undefined) setPath(target, c.path, getPath(row.rec, c.path));
    const observations = Object.entries(fy)
      .map(([year, value]) => {
        const o: Rec = { fiscalYear: Number(year), value };
        if (row.readings.get(`@fy.${year}`)?.approximate) o.approximate = true;
        const cell = row.origin.cells.get(`@fy.${year}`);
        origins.set(o, { sheet: row.origin.sheet, row: row.origin.row, cells: new Map(cell ? [['value', cell], ['fiscalYear', cell]] : []) });
        return o;
      })
      .sort((a, b) => (a.fiscalYear as number) - (b.fiscalYear as number));
    if (observations.length) target.observations = observations;
    const t = row.readings.get('target.value');
    if (t?.comparator && getPath(target, 'target.comparator') === undefined) setPath(target, 'target.comparator', t.comparator);
    if (t?.approximate) setPath(target, 'target.approximate', true);
    if (row.readings.get('baseline.value')?.approximate) setPath(target, 'baseline.approximate', true);
    track(target, row);
    if (series) {
      const parent = indicators.get(String(row.rec.id ?? ''));
      if (!parent) {
        const ref = row.origin.cells.get('id');
        problem('seriesOrphan', row.origin.sheet, { text: String(row.rec.id ?? '') }, { row: row.origin.row, col: ref?.col ?? 0, name: ref?.name });
        continue;
      }
      push(parent, 'series', target);
      let byName = seriesOf.get(parent);
      if (!byName) seriesOf.set(parent, (byName = new Map()));
      byName.set(String(target.name), target);
      continue;
    }
    const ownerId = row.keys['@owner'];
    if (ownerId === undefined) push(doc, 'indicators', target);
    else {
      const node = nodeOf(row);
      if (!node) continue;
      push(node, 'indicators', target);
    }
    if (typeof target.id === 'string' && !indicators.has(target.id)) indicators.set(target.id, target);
  }

  // 値の詳細: merged into the figure it names.
  for (const row of readTable('valueDetails', VALUE_DETAIL_COLUMNS, ctx)) {
    const indicator = indicators.get(String(row.keys['@indicator'] ?? ''));
    if (!indicator) {
      ownerProblem(row, '@indicator', String(row.keys['@indicator'] ?? ''), '指標ID', 'indicator id');
      continue;
    }
    const seriesName = row.keys['@series'];
    const s = seriesName === undefined ? indicator : seriesOf.get(indicator)?.get(String(seriesName));
    if (!s) {
      ownerProblem(row, '@series', String(seriesName), '系列名', 'series name');
      continue;
    }
    const which = row.keys['@which'] ?? 'observation';
    let figure: Rec | undefined;
    if (which === 'observation') {
      const year = row.keys['@year'];
      figure = (s.observations as Rec[] | undefined)?.find((o) => o.fiscalYear === year);
      if (!figure) {
        ownerProblem(row, '@year', String(year ?? ''), '値（指標シートのその年度の欄が空です）', 'value (the fiscal-year cell on 指標 is empty)');
        continue;
      }
    } else figure = (s[which as string] ??= {}) as Rec;
    Object.assign(figure, row.rec);
    const origin = origins.get(figure);
    if (origin) {
      for (const [p, ref] of row.origin.cells) if (!p.startsWith('@')) origin.cells.set(p, ref);
    } else origins.set(figure, row.origin);
  }

  for (const row of readTable('assessments', ASSESSMENT_COLUMNS, ctx)) {
    const node = nodeOf(row);
    if (!node) continue;
    push(node, 'assessments', track(row.rec, row));
    const origin = origins.get(row.rec)!;
    // final.period, final and source are objects of their own in the JSON: point their paths at this row's cells.
    for (const [prefix, o] of [['final.', row.rec.final], ['source.', row.rec.source]] as const) {
      if (o && typeof o === 'object') origins.set(o, { ...origin, cells: new Map([...origin.cells].filter(([p]) => p.startsWith(prefix)).map(([p, ref]) => [p.slice(prefix.length), ref])) });
    }
  }
  // 所属ごとの評語: each row names its assessment by item id and number (1 = the item's first row on 評価).
  for (const row of readTable('grades', GRADE_COLUMNS, ctx)) {
    const node = nodeOf(row);
    if (!node) continue;
    const n = row.keys['@assessment'];
    const assessment = typeof n === 'number' ? (node.assessments as Rec[] | undefined)?.[n - 1] : undefined;
    if (!assessment) {
      ownerProblem(row, '@assessment', String(n ?? ''), `項目「${String(row.keys['@owner'])}」の評価の番号`, `assessment number of item "${String(row.keys['@owner'])}"`);
      continue;
    }
    if (!('departments' in row.rec)) row.rec.departments = [];
    push(assessment, 'grades', track(row.rec, row));
  }
  for (const row of readTable('focusAreas', FOCUS_AREA_COLUMNS, ctx)) {
    const node = nodeOf(row);
    if (node) push(node, 'focusAreas', track(row.rec, row));
  }
  const planRows = new Map<Rec, Map<string, Rec>>();
  for (const row of readTable('actionPlan', ACTION_PLAN_COLUMNS, ctx)) {
    const node = nodeOf(row);
    if (!node) continue;
    const plan = (node.actionPlan ??= {}) as Rec;
    const rows = (plan.rows ??= []) as Rec[];
    let byKey = planRows.get(node);
    if (!byKey) planRows.set(node, (byKey = new Map()));
    const key = row.keys['@row'] !== undefined ? `#${String(row.keys['@row'])}` : `=${String(row.keys['@item'])}`;
    let planRow = byKey.get(key);
    if (!planRow) {
      planRow = track({ item: row.keys['@item'] ?? '', cells: [] }, row);
      byKey.set(key, planRow);
      rows.push(planRow);
    }
    if (Object.keys(row.rec).some((k) => k !== 'text') || row.rec.text !== '') (planRow.cells as Rec[]).push(track(row.rec, row));
  }
  for (const node of nodes.values()) {
    const plan = node.actionPlan as Rec | undefined;
    if (plan && plan.rows === undefined) plan.rows = [];
  }
  for (const row of readTable('webPages', WEB_PAGE_COLUMNS, ctx)) {
    const node = nodeOf(row);
    if (!node) continue;
    if (row.keys['@kind'] === 'link') push(node, 'links', track(row.rec, row));
    else push((node.disclosure ??= {}) as Rec, 'pages', track(row.rec, row));
  }

  let scale: Rec | undefined;
  for (const row of readTable('scales', SCALE_COLUMNS, ctx)) {
    const fields = (row.keys['@scale'] ?? {}) as Rec;
    if (!scale || (fields.id !== undefined && fields.id !== scale.id)) {
      scale = track({ ...fields, levels: [] }, row);
      push(doc, 'scales', scale);
      for (const [p, ref] of row.origin.cells) if (p.startsWith('@scale.')) origins.get(scale)!.cells.set(p.slice(7), ref);
    } else for (const [k, v] of Object.entries(fields)) scale[k] ??= v;
    if (Object.keys(row.rec).length) (scale.levels as Rec[]).push(track(row.rec, row));
  }
  for (const [key, columns, field] of [
    ['departments', DEPARTMENT_COLUMNS, 'departments'],
    ['categories', CATEGORY_COLUMNS, 'categories'],
    ['sources', SOURCE_COLUMNS, 'sources'],
  ] as const) {
    for (const row of readTable(key, columns, ctx)) push(doc, field, track(row.rec, row));
  }
  for (const row of readTable('notes', NOTE_COLUMNS, ctx)) {
    const on = row.keys['@on'] ?? 'document';
    const text = row.keys['@text'] ?? '';
    if (on === 'document') push(doc, 'notes', text);
    else {
      const owner = on === 'node' ? nodes.get(String(row.keys['@id'])) : indicators.get(String(row.keys['@id']));
      if (!owner) ownerProblem(row, '@id', String(row.keys['@id'] ?? ''), on === 'node' ? '項目ID' : '指標ID', on === 'node' ? 'item id' : 'indicator id');
      else push(owner, 'notes', text);
    }
  }
  for (const row of levelRows) track(row.rec, row);
  // 欄の見出し: 対象 is 文書 or a level id.
  const levelById = new Map(levels.map((l) => [String(l.id), l]));
  for (const row of readTable('labels', LABEL_COLUMNS, ctx)) {
    const on = String(row.keys['@on'] ?? LABEL_ON_DOCUMENT);
    const owner = on === LABEL_ON_DOCUMENT || on === 'document' ? doc : levelById.get(on);
    if (!owner) {
      ownerProblem(row, '@on', on, '対象（文書、または階層ID）', 'target (文書, or a level id)');
      continue;
    }
    if (row.keys['@field'] === undefined) {
      ownerProblem(row, '@field', '', '欄', 'field');
      continue;
    }
    const labels = (owner.labels ??= {}) as Rec;
    if (!origins.has(labels)) origins.set(labels, { sheet: row.origin.sheet, row: row.origin.row, cells: new Map() });
    const ref = row.origin.cells.get('@text');
    if (ref) origins.get(labels)!.cells.set(String(row.keys['@field']), ref);
    labels[String(row.keys['@field'])] = row.keys['@text'] ?? '';
  }

  // The same validator as `mieruka validate`; its JSON paths are turned back into cells.
  const result = validateDocument(doc, { lang, warnings: true });
  const located = locate(doc, origins);
  const fromValidator = [...(result.ok ? [] : result.problems), ...result.warnings];
  for (const p of fromValidator) {
    const where = located(p.path);
    problems.push({ severity: p.severity, code: p.code, message: p.message, sheet: where?.sheet, cell: where?.cell, column: where?.column, path: where?.cell ? undefined : p.path, params: {} });
  }
  const ok = result.ok && !problems.some((p) => p.severity === 'error');
  return { document: result.ok ? result.document : doc, ok, problems };
}

/** JSON pointer → the sheet and cell it came from (the nearest object read from a row). */
function locate(doc: Rec, origins: WeakMap<object, Origin>): (pointer: string) => { sheet: string; cell?: string; column?: string } | undefined {
  return (pointer) => {
    const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    const chain: Array<{ value: unknown; depth: number }> = [{ value: doc, depth: 0 }];
    let v: unknown = doc;
    for (let i = 0; i < parts.length; i++) {
      if (v === null || typeof v !== 'object') break;
      v = (v as Rec)[parts[i]!];
      chain.push({ value: v, depth: i + 1 });
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const { value, depth } = chain[i]!;
      if (value === null || typeof value !== 'object') continue;
      const origin = origins.get(value);
      if (!origin) continue;
      const rest = parts.slice(depth);
      for (let n = rest.length; n >= 1; n--) {
        const path = rest.slice(0, n).join('.');
        const ref = origin.cells.get(path) ?? origin.cells.get(path + '#series');
        if (ref) return { sheet: ref.sheet, cell: ref.row < 0 ? undefined : address(ref.row, ref.col), column: ref.name };
      }
      return { sheet: origin.sheet, cell: origin.row < 0 ? undefined : address(origin.row, 0) };
    }
    return undefined;
  };
}
