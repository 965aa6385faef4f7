import { html, nothing, type TemplateResult } from 'lit';
import type { Observation } from '../../../data-schema/index.js';
import type { GaugeModel } from './kpi-gauge.model.js';
import type { GaugeWords } from './kpi-gauge.text.js';

type Noted = { text?: string | undefined; note?: string | undefined; restated?: Observation['restated'] };

/** A cell's notes: its printed text when it differs from the value shown, its note, and the restated figures' notes. */
const noteOf = (o: Noted, printed: string) => [o.text && o.text !== printed ? o.text : '', o.note ?? '', ...(o.restated ?? []).map((r) => r.note ?? '')].filter(Boolean).join(' ');

/**
 * The table of values per fiscal year (the sparkline's text equivalent), built only when its
 * disclosure is opened or the page is printed: a closed gauge carries none of its rows.
 * `noValue` is what a screen reader hears for a cell printed as —.
 */
export function renderValues(g: GaugeModel, words: GaugeWords, noValue: string): TemplateResult {
  const s = words.s;
  const t = g.target;
  const cell = (text: string) => (text === s.missing ? html`<span aria-hidden="true">${s.missing}</span> <span class="sr-only">${noValue}</span>` : text);
  return html`<table part="table">
    <caption class="sr-only">${g.reading.name}</caption>
    <thead><tr><th scope="col">${s.fiscalYear}</th><th scope="col">${s.value}</th><th scope="col">${s.notes}</th></tr></thead>
    <tbody>
      ${g.rows.map((o) => {
        const printed = words.value(g, o);
        return html`<tr><th scope="row">${words.when(o, true)}</th><td>${cell(printed)}</td><td>${noteOf(o, printed)}</td></tr>`;
      })}
      ${t
        ? html`<tr><th scope="row">${s.target}${t.fiscalYear != null ? html` ${words.fy(t.fiscalYear)}` : nothing}</th>
            <td>${t.value != null ? s.comparator(words.value(g, t), t.comparator) : (t.text ?? '')}</td>
            <td>${noteOf(t.value != null ? t : { ...t, text: undefined }, '')}</td></tr>`
        : nothing}
    </tbody>
  </table>`;
}
