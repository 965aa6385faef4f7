import type { DepartmentRef } from '../../../data-schema/index.js';
import type { PlanTreeStrings } from '../../translations/translation.js';

// The names a row, the header and the sheet all say the same way (the sheet loads on first use).

/** 市民・NPO活動推進課 係名（取りまとめ）. */
export function departmentName(d: DepartmentRef, s: PlanTreeStrings): string {
  const role = d.roleLabel ?? (d.role && d.role !== 'lead' ? s.roles[d.role] : undefined);
  const name = d.unit ? `${d.name} ${d.unit}` : d.name;
  return role ? s.valueAt(name, role) : name;
}

/** One assessment's grade in the document's words: "達成度 4 予定どおり実施した". */
export function gradeText(scale: string, value: string, label: string | undefined): string {
  // A level worded as its own value (完了 / 完了) is said once.
  return [...new Set([scale, value, label].filter(Boolean))].join(' ');
}
