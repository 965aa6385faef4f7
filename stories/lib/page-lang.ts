import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

export type PageLang = 'ja' | 'en';

/**
 * Every story starts from a Japanese page, as a city's site is, switchable from the toolbar.
 * The elements follow the nearest `lang` above them, and Storybook's docs pages wrap each story
 * in `lang="en"`, so the story is wrapped in the chosen language too (and <html lang> is set for
 * the canvas). A story that sets `lang` on its element keeps its own. Shared with
 * tests/stories-axe.test.ts, which renders the stories the way the preview does.
 */
export const withPageLang: Decorator = (story, context) => {
  const lang = (context.globals['lang'] as PageLang | undefined) ?? 'ja';
  setPageLang(lang);
  return html`<div lang=${lang}>${story()}</div>`;
};

export function setPageLang(lang: PageLang): void {
  document.documentElement.lang = lang;
}
