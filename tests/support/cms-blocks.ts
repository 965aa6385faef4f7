import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';

/** Linked-widget tests: elements placed in separate parts of a page, as CMS blocks are. */

export const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
export const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
export const flat = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Waits up to 6 s for `predicate`, then asserts it with `what` as the message. */
export async function until(predicate: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300 && !predicate(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(predicate(), what).to.equal(true);
}

/** One separate part of the page (a CMS block, class cms-block) holding `markup`; returns the block. */
export function cmsBlock(markup: TemplateResult): HTMLElement {
  const div = document.createElement('div');
  div.className = 'cms-block';
  document.body.append(div);
  render(markup, div);
  return div;
}
