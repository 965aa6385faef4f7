import { html, nothing, type TemplateResult } from 'lit';
import type { Assessment, DepartmentGrade, MierukaDocument, SourceRef } from '../../../data-schema/index.js';
import { formatFiscalYear, formatList } from '../../core/format.js';
import type { Lang } from '../../core/i18n.js';
import { statusInfo } from '../../core/status.js';
import { fieldLabel, scaleLevel, scaleName } from '../../core/lookups.js';
import { styleProps } from '../../core/style-props.js';
import type { PlanTreeStrings } from '../../translations/translation.js';
import { departmentName, gradeText } from './plan-tree.names.js';

/** What an assessment's rendering needs from the sheet. */
export interface AssessmentContext {
  doc: MierukaDocument;
  /** The level of the item the assessment belongs to: its labels win over the document's. */
  level: string;
  lang: Lang;
  s: PlanTreeStrings;
  wareki: boolean;
}

const fiscal = (year: number, c: AssessmentContext) => formatFiscalYear(year, c.lang, { wareki: c.wareki });
const periodText = (p: { start: number; end: number }, c: AssessmentContext) => c.s.period(fiscal(p.start, c), fiscal(p.end, c));

/**
 * A grade as the document prints it: the scale's name, the value and the level's own wording; a
 * status symbol and word only where the scale gives the level a meaning. A grade whose scale says
 * nothing about it (A, B with no legend) is shown as printed, never as 判定なし.
 */
function grade(scaleId: string | undefined, value: string | undefined, c: AssessmentContext, printedName?: string): TemplateResult | typeof nothing {
  if (!value) return nothing;
  const level = scaleLevel(c.doc, scaleId, value);
  const info = level?.status && level.status !== 'unknown' ? statusInfo(level.status, c.lang) : undefined;
  // The status word is left out where the document's own words already say it (完了 → 完了).
  const word = info && info.label !== value && info.label !== level?.label ? ` ${info.label}` : '';
  return html`<strong>${gradeText(printedName ?? scaleName(c.doc, scaleId) ?? '', value, level?.label)}</strong>
    ${info
      ? html`<span><span class="symbol" ${styleProps({ color: info.colour })} aria-hidden="true">${info.symbol}</span>${word}</span>`
      : nothing}`;
}

function departmentGrade(g: DepartmentGrade, scale: string | undefined, c: AssessmentContext): TemplateResult {
  return html`<li>
    <span>${formatList(g.departments.map((d) => departmentName(d, c.s)), c.lang)}</span>
    ${grade(g.scale ?? scale, g.value, c)} ${g.text ? html`<p class="text">${g.text}</p>` : nothing}
  </li>`;
}

function sourceText(ref: SourceRef, c: AssessmentContext): string {
  const title = c.doc.sources?.find((x) => x.id === ref.source)?.title ?? ref.source;
  const place = [ref.page && c.s.sourcePlace.page(ref.page), ref.table && c.s.sourcePlace.table(ref.table), ref.line && c.s.sourcePlace.line(ref.line)];
  return [title, ...place].filter(Boolean).join(c.s.placeSep);
}

/**
 * The texts of an assessment, each under the heading the document prints for it (or ours). A text
 * with no heading anywhere (1.0's 総括 as most documents give it) is a paragraph of its own: a
 * definition list holds only term and definition pairs.
 */
function texts(entries: [string | undefined, string | undefined][]): TemplateResult | typeof nothing {
  const labelled = entries.filter(([label, text]) => label && text);
  const plain = entries.filter(([label, text]) => !label && text);
  return html`${labelled.length ? html`<dl class="texts">${labelled.map(([label, text]) => html`<dt>${label}</dt><dd>${text}</dd>`)}</dl>` : nothing}
  ${plain.map(([, text]) => html`<p class="text">${text}</p>`)}`;
}

/**
 * One assessment in the plan sheet: the annual part (its year — the document's report year when it
 * names none —, grade, departments and texts), each department's own grade where a group shares
 * the text, the period part (summary and final grade, with the period), and where it comes from.
 */
export function renderAssessment(a: Assessment, c: AssessmentContext): TemplateResult {
  const label = (field: Parameters<typeof fieldLabel>[2], fallback?: string) => fieldLabel(c.doc, c.level, field) ?? fallback;
  const year = a.fiscalYear ?? (a.period ? undefined : c.doc.reportYear);
  const when = year != null ? fiscal(year, c) : a.period ? periodText(a.period, c) : '';
  const final = a.final;
  const finalPeriod = final?.period ?? c.doc.period;
  return html`<li>
    <p class="grade">
      ${when ? html`<span>${when}</span>` : nothing} ${grade(a.scale, a.value, c, fieldLabel(c.doc, c.level, 'value'))}
      ${a.departments?.length ? html`<span>${formatList(a.departments.map((d) => departmentName(d, c.s)), c.lang)}</span>` : nothing}
    </p>
    ${texts([
      [label('plan', c.s.plan), a.plan],
      [label('result', c.s.result), a.result],
      [label('text'), a.text],
    ])}
    ${a.grades?.length
      ? html`<p class="label">${c.s.gradesByDepartment}</p>
          <ul class="plain grades">${a.grades.map((g) => departmentGrade(g, a.scale, c))}</ul>`
      : nothing}
    ${final
      ? html`<div class="final">
          <p class="grade">
            <span>${c.s.finalPart}${finalPeriod ? ` ${periodText(finalPeriod, c)}` : ''}</span>
            ${grade(final.scale, final.value, c, fieldLabel(c.doc, c.level, 'finalValue'))}
          </p>
          ${texts([[label('finalText'), final.text]])}
        </div>`
      : nothing}
    ${a.source ? html`<p class="source"><span>${c.s.source}</span>: ${sourceText(a.source, c)}</p>` : nothing}
  </li>`;
}
