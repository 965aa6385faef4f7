import type { DepartmentRef } from '../../../data-schema/index.js';
import { formatFiscalYear, formatList } from '../../core/format.js';
import type { Lang } from '../../core/i18n.js';
import type { TrendTableStrings } from '../../translations/translation.js';
import type { Column, Group } from './trend-table.model.js';

// What the table, the cards and the CSV/TSV export all say: column titles and departments.
// The export itself (trend-table.csv.ts) is fetched the first time a reader downloads or copies.

export interface RecordContext {
  lang: Lang;
  s: TrendTableStrings;
  wareki: boolean;
  groupTitle: (group: Group) => string;
}

/** "2016年度（策定時）", or with the labels that disagree: "2016年度（策定時／計画策定時）". */
export function columnTitle(column: Column, ctx: RecordContext): string {
  const labels = column.label ? [column.label] : column.labels;
  const suffix = labels.length ? ctx.s.paren(labels.join(ctx.s.labelSep)) : '';
  switch (column.kind) {
    case 'year':
      return formatFiscalYear(column.year!, ctx.lang, { wareki: ctx.wareki }) + suffix;
    case 'baseline':
      return ctx.s.baseline + suffix;
    case 'target':
      return ctx.s.target + (column.targetYear ? ctx.s.paren(formatFiscalYear(column.targetYear, ctx.lang, { wareki: ctx.wareki })) : '');
    default:
      return { name: ctx.s.indicator, trend: ctx.s.trend, progress: ctx.s.progress, department: ctx.s.department }[column.kind];
  }
}

export function departmentText(departments: DepartmentRef[] | undefined, lang: Lang): string {
  // The role as printed (取りまとめ) is Japanese data: it keeps Japanese brackets in both languages.
  return formatList((departments ?? []).map((d) => [d.name, d.unit].filter(Boolean).join(' ') + (d.roleLabel ? `（${d.roleLabel}）` : '')), lang);
}
