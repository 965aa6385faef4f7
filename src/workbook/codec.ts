/** One column's value ↔ one cell, by the column's kind (format.ts). */
import type { DepartmentRef, Restatement } from '../../data-schema/index.js';
import {
  MARK_NO, MARK_YES, escapeControl, readBool, readChoice, readDate, readFiscalYear, readInteger, readNumber, readText, splitList,
  type CellValue, type Parsed,
} from './cells.js';
import { ROLE_CHOICES, type Column } from './format.js';

/** What is written into a cell: text stays text (never a formula), numbers stay numbers. */
export type CellOut = string | number | undefined;

export interface CodecContext {
  /** Level id → name, for the 階層 column. Names are written when they are unique. */
  levelNames: Map<string, string>;
  /** Name or id → level id, for reading. */
  levelIds: Map<string, string>;
}

const text = (s: string) => escapeControl(s);
const jaOf = (column: Column, value: string) => column.choices?.find((c) => c.value === value)?.ja ?? value;

function formatDepartments(refs: DepartmentRef[]): string {
  const lines = refs.map((r) => {
    const extras: string[] = [];
    if (r.role !== undefined) extras.push(`役割: ${ROLE_CHOICES.find((c) => c.value === r.role)?.ja ?? r.role}`);
    if (r.roleLabel !== undefined) extras.push(`表記: ${r.roleLabel}`);
    if (r.unit !== undefined) extras.push(`係: ${r.unit}`);
    if (r.id !== undefined) extras.push(`ID: ${r.id}`);
    return extras.length ? `${r.name}（${extras.join('; ')}）` : r.name;
  });
  return lines.join(lines.some((l) => l.includes('、')) ? '\n' : '、');
}

const EXTRAS = /^(.*?)（((?:役割|表記|係|ID): [\s\S]*)）$/;

function readDepartments(cell: string): Parsed<DepartmentRef[]> {
  const refs: DepartmentRef[] = [];
  for (const part of splitList(cell, /\r?\n|、/)) {
    const m = EXTRAS.exec(part);
    const ref: DepartmentRef = { name: (m ? m[1]! : part).trim() };
    if (m) {
      for (const item of m[2]!.split(/;\s*/)) {
        const [key, ...rest] = item.split(': ');
        const value = rest.join(': ').trim();
        if (key === '役割') {
          const role = readChoice(value, ROLE_CHOICES);
          if (!role.ok || role.value === undefined) return { ok: false, reason: 'department', text: part };
          ref.role = role.value as DepartmentRef['role'];
        } else if (key === '表記') ref.roleLabel = value;
        else if (key === '係') ref.unit = value;
        else if (key === 'ID') ref.id = value;
      }
    }
    if (ref.name === '') return { ok: false, reason: 'department', text: part };
    refs.push(ref);
  }
  return { ok: true, value: refs.length ? refs : undefined };
}

function formatRestated(list: Restatement[]): string {
  return list.map((r) => `${r.value === null ? '—' : String(r.value)}${r.note === undefined ? '' : `（${r.note}）`}`).join('\n');
}

function readRestated(cell: string): Parsed<Restatement[]> {
  const list: Restatement[] = [];
  for (const line of cell.split(/\r?\n/).filter((l) => l.trim() !== '')) {
    const m = /^(.*?)(?:（([\s\S]*)）)?$/.exec(line.trim())!;
    const n = readNumber(m[1]!);
    if (!n.ok || n.value === undefined) return { ok: false, reason: 'number', text: line };
    const r: Restatement = { value: n.value.value };
    if (m[2] !== undefined) r.note = m[2];
    list.push(r);
  }
  return { ok: true, value: list.length ? list : undefined };
}

/** The cell to write for a value of this column. */
export function toCell(column: Column, value: unknown, ctx: CodecContext): CellOut {
  if (value === undefined) return undefined;
  switch (column.kind) {
    case 'value':
      return value === null ? '—' : (value as number);
    case 'number':
    case 'int':
    case 'fy':
      return value as number;
    case 'bool':
      return value ? MARK_YES : MARK_NO;
    case 'fyList':
      return (value as number[]).join('、');
    case 'list':
      return text((value as string[]).join('、'));
    case 'choice':
      return jaOf(column, value as string);
    case 'level':
      return text(ctx.levelNames.get(value as string) ?? (value as string));
    case 'departments':
      return text(formatDepartments(value as DepartmentRef[]));
    case 'restated':
      return text(formatRestated(value as Restatement[]));
    default:
      return text(String(value));
  }
}

export interface Reading {
  value: unknown;
  /** Extra facts read from a figure: 「約30」 → approximate, 「1,350人以下」 → atMost. */
  approximate?: boolean;
  comparator?: 'atLeast' | 'atMost';
}

/** The value a cell holds for this column, or why it cannot be read. */
export function fromCell(column: Column, cell: CellValue, ctx: CodecContext): Parsed<Reading> {
  const wrap = <T>(p: Parsed<T>): Parsed<Reading> => (p.ok ? { ok: true, value: p.value === undefined ? undefined : { value: p.value } } : p);
  switch (column.kind) {
    case 'value': {
      const n = readNumber(cell);
      if (!n.ok || n.value === undefined) return n.ok ? { ok: true, value: undefined } : n;
      const r: Reading = { value: n.value.value };
      if (n.value.approximate) r.approximate = true;
      if (n.value.comparator) r.comparator = n.value.comparator;
      return { ok: true, value: r };
    }
    case 'number': {
      const n = readNumber(cell);
      if (!n.ok || n.value === undefined) return n.ok ? { ok: true, value: undefined } : n;
      return n.value.value === null ? { ok: true, value: undefined } : { ok: true, value: { value: n.value.value } };
    }
    case 'int':
      return wrap(readInteger(cell));
    case 'fy':
      return wrap(readFiscalYear(cell));
    case 'bool':
      return wrap(readBool(cell));
    case 'date':
      return wrap(readDate(cell));
    case 'choice':
      return wrap(readChoice(cell, column.choices ?? []));
    case 'fyList': {
      const t = readText(cell);
      if (t === undefined) return { ok: true, value: undefined };
      const years: number[] = [];
      for (const part of splitList(t)) {
        const y = readFiscalYear(part);
        if (!y.ok || y.value === undefined) return { ok: false, reason: 'fiscalYear', text: part };
        years.push(y.value);
      }
      return { ok: true, value: { value: years } };
    }
    case 'list': {
      const t = readText(cell);
      return { ok: true, value: t === undefined ? undefined : { value: splitList(typeof cell === 'number' ? String(cell) : t).map((s) => s.normalize('NFKC')) } };
    }
    case 'level': {
      const t = readText(cell);
      if (t === undefined) return { ok: true, value: undefined };
      return { ok: true, value: { value: ctx.levelIds.get(t) ?? ctx.levelIds.get(t.normalize('NFKC')) ?? t } };
    }
    case 'departments': {
      const t = readText(cell);
      return t === undefined ? { ok: true, value: undefined } : wrap(readDepartments(t));
    }
    case 'restated': {
      const t = readText(cell);
      return t === undefined ? { ok: true, value: undefined } : wrap(readRestated(t));
    }
    case 'textRequired':
      return { ok: true, value: { value: readText(cell) ?? '' } };
    default:
      return wrap({ ok: true, value: readText(cell) });
  }
}
