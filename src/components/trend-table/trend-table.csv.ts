import type { Observation, Target } from '../../../data-schema/index.js';
import { formatFiscalYear, formatPartialDate } from '../../core/format.js';
import type { Lang } from '../../core/i18n.js';
import { statusInfo } from '../../core/status.js';
import type { TrendTableStrings } from '../../translations/translation.js';
import type { Progress, Row, TableModel } from './trend-table.model.js';
import { columnTitle, departmentText, type RecordContext } from './trend-table.text.js';

// The CSV download and the TSV copy. The element imports this module the first time a reader
// downloads or copies (or points at the toolbar): a page that only shows the table never fetches it.

/**
 * The table as records for CSV and TSV: the columns as shown (the sparkline aside), all rows
 * in the order shown, sub-rows after their parent. Numbers stay unformatted (1141, 10.91) so a
 * spreadsheet reads them as numbers; the unit has a column of its own; what a cell says
 * besides its number (a restated value, 以下, 約, a note) goes to the last column, 備考.
 */
export type Field = string | number | undefined;

/** The mark as printed, or the status in words (after a mark whose level names no status). */
export function progressText(p: Progress, lang: Lang, s: TrendTableStrings): string {
  const words = p.status === 'unknown' || (p.mark && p.level?.status) ? '' : `${statusInfo(p.status, lang).symbol} ${statusInfo(p.status, lang).label}${p.computed ? s.paren(s.computed) : ''}`;
  return [p.mark, words].filter(Boolean).join(' ');
}

const cellValue = (o: Observation | Target | undefined): Field => (o?.value != null ? o.value : o?.text || undefined);

export function tableRecords(model: TableModel, rows: readonly Row[], ctx: RecordContext): Field[][] {
  const { s, lang } = ctx;
  const shown = model.columns.filter((c) => c.kind !== 'trend' && c.kind !== 'name');
  const header: Field[] = [s.group, s.indicator, s.unit];
  for (const c of shown) {
    header.push(columnTitle(c, ctx));
    if (c.kind === 'baseline') header.push(s.baselineWhen);
    if (c.kind === 'target') header.push(s.targetYear);
  }
  header.push(s.remarks);
  const out: Field[][] = [header];
  for (const row of rows.flatMap((r) => [r, ...r.sub])) {
    const remarks: string[] = [];
    const remark = (what: string, o: Observation | Target | undefined) => {
      if (!o) return;
      const bits = [
        o.approximate ? '約' : '',
        'comparator' in o && o.comparator && o.comparator !== 'equal' ? s.comparator(o.comparator, '').trim() : '',
        o.value != null && o.text ? o.text : '',
        ...(o.restated ?? []).map((r) => `${s.otherValue} ${r.value ?? '—'}${r.note ? s.paren(r.note) : ''}`),
        o.note ?? '',
      ].filter(Boolean);
      if (bits.length) remarks.push(`${what}: ${bits.join(' ')}`);
    };
    const record: Field[] = [ctx.groupTitle(row.group), row.reading.name, row.reading.unit];
    for (const c of shown) {
      switch (c.kind) {
        case 'baseline': {
          const b = row.baseline;
          record.push(cellValue(b), b ? (b.label ?? (b.date ? formatPartialDate(b.date, lang) : formatFiscalYear(b.fiscalYear, lang))) : undefined);
          remark(s.baseline, b);
          break;
        }
        case 'year': {
          const o = row.years.get(c.year!);
          record.push(cellValue(o));
          remark(formatFiscalYear(c.year!, lang), o);
          break;
        }
        case 'target':
          record.push(cellValue(row.target), row.target?.fiscalYear);
          remark(s.target, row.target);
          break;
        case 'progress':
          record.push(progressText(row.progress, lang, s));
          break;
        case 'department':
          record.push(row.series ? '' : departmentText(row.indicator.departments, lang));
          break;
      }
    }
    if (!row.series && row.indicator.addedAtReview) remarks.unshift(s.addedAtReview);
    record.push(remarks.join(' / '));
    out.push(record);
  }
  return out;
}

/**
 * RFC 4180 text: fields with the delimiter, a quote or a line break are quoted (quotes doubled),
 * lines end with CRLF. A text field that starts with = + - @ (a spreadsheet formula) gets a
 * leading apostrophe, so a hostile document cannot run a formula in the reader's spreadsheet;
 * numbers are written as they are.
 */
export function toDelimited(records: readonly (readonly Field[])[], delimiter: ',' | '\t'): string {
  const special = delimiter === ',' ? /[",\r\n]/ : /["\t\r\n]/;
  const field = (f: Field) => {
    if (f === undefined) return '';
    if (typeof f === 'number') return String(f);
    const text = /^[=+\-@\t\r]/.test(f) ? `'${f}` : f;
    return special.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return records.map((r) => r.map(field).join(delimiter)).join('\r\n') + '\r\n';
}

/** A CSV file Excel opens as UTF-8: a byte-order mark, then RFC 4180 text. */
export const toCsv = (records: readonly (readonly Field[])[]) => `\uFEFF${toDelimited(records, ',')}`;
export const toTsv = (records: readonly (readonly Field[])[]) => toDelimited(records, '\t');

/** Hands `text` to the browser as a file download named `name`. */
export function saveFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
