import { html, nothing, svg, type TemplateResult } from 'lit';
import { FIVE_LESS_KEYS, type FiveLessKey } from '../../../data-schema/index.js';
import { BAR_HEIGHT, BAR_WIDTH, summaryBar } from './five-less.geometry.js';
import type { CategoryCount } from './five-less.model.js';
import type { RowContext } from './five-less.rows.js';

/**
 * The summary above the matrix: per category, a toggle button (aria-pressed; ✓ when pressed,
 * never colour alone) with its name, a decorative bar (該当 from the start, 未設定 apart at the
 * far end) and the counts as text, over every plan in scope.
 */
export function summary(
  c: RowContext,
  counts: Record<FiveLessKey, CategoryCount>,
  total: number,
  counter: string,
  choose: (k: FiveLessKey) => void,
): TemplateResult {
  const s = c.s;
  return html`<div part="summary" role="group" aria-labelledby="summary-title">
    <p class="summary-title" id="summary-title">${s.summary}</p>
    <ul role="list">
      ${FIVE_LESS_KEYS.map((k) => {
        const n = counts[k];
        const bar = summaryBar(n.applies, n.unknown, total);
        const pressed = c.selected === k;
        return html`<li>
          <button type="button" part="category" aria-pressed=${pressed ? 'true' : 'false'} @click=${() => choose(k)}>
            <span class="name"><span class="check" aria-hidden="true">${pressed ? '✓' : ''}</span>${c.info[k].name}<span class="sr-only">${s.sep}</span></span>
            <svg part="bar" aria-hidden="true" viewBox="0 0 ${BAR_WIDTH} ${BAR_HEIGHT}" preserveAspectRatio="none">
              <rect class="track" width=${BAR_WIDTH} height=${BAR_HEIGHT}></rect>
              <rect class="bar-applies" x=${bar.applies.x} width=${bar.applies.width} height=${BAR_HEIGHT}></rect>
              ${n.unknown ? svg`<rect class="bar-unknown" x=${bar.unknown.x} width=${bar.unknown.width} height=${BAR_HEIGHT}></rect>` : nothing}
            </svg>
            <span class="count"
              ><span>${s.count(c.n(n.applies), c.n(total), counter)}</span>${n.unknown
                ? html`<span class="sr-only">${s.sep}</span><span class="muted">${s.unknownCount(c.n(n.unknown))}</span>`
                : nothing}</span
            >
          </button>
        </li>`;
      })}
    </ul>
  </div>`;
}
