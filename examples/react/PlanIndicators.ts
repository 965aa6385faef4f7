/*
 * A React 19 component on mieruka's elements: the plan tree beside the gauges of the chosen plan.
 *
 * React 19 sets a prop on a custom element as a property when the element has one (`data`,
 * `node`, `variant` on these elements), as an attribute otherwise, and an `on…` prop whose value is
 * a function becomes an event listener for the name after `on`, as written: `onmieruka-select`
 * listens to `mieruka-select`. Written with createElement so that it runs without a JSX compiler;
 * the JSX is in README.md beside it.
 *
 * The elements must be registered before React renders them (import 'mieruka' in the app's entry,
 * as main.ts does): on an element not yet defined, `data` would become the attribute
 * data="[object Object]".
 */
import { createElement as h, useState, type ReactElement } from 'react';
// In an app: import type { MierukaLoadEvent, MierukaSelectEvent } from 'mieruka';
import type { MierukaLoadEvent, MierukaSelectEvent } from '../../src/index.js';

export interface PlanIndicatorsProps {
  /** A mieruka document as an object (the app fetched and parsed it). Replace it, never mutate it. */
  doc: object;
  /** How the gauges are drawn. */
  variant?: 'arc' | 'bar';
}

export function PlanIndicators({ doc, variant = 'arc' }: PlanIndicatorsProps): ReactElement {
  const [plan, setPlan] = useState<{ id: string; title: string }>();
  const [loaded, setLoaded] = useState<string>();
  return h(
    'div',
    { className: 'plan-indicators' },
    h('mieruka-plan-tree', {
      data: doc,
      detail: 'none',
      // Only a reader's click or key press fires mieruka-select, never a property set here. The
      // kind narrows the detail: a node's id is always a string (only categories and goals clear).
      'onmieruka-select': (e: MierukaSelectEvent) => {
        if (e.detail.kind === 'node') setPlan({ id: e.detail.id, title: e.detail.title ?? e.detail.id });
      },
    }),
    h('p', { role: 'status' }, plan ? `選択: ${plan.title}` : loaded ? `読み込み済み: ${loaded}` : ''),
    h('mieruka-kpi-gauge', {
      data: doc,
      // A property: undefined (nothing chosen yet) shows every indicator of the document.
      node: plan?.id,
      variant,
      'onmieruka-load': (e: MierukaLoadEvent) => setLoaded(e.detail.id),
    }),
  );
}
