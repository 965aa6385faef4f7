import type { Preview } from '@storybook/web-components-vite';

/**
 * The page language and colour scheme every story starts from: Japanese (the elements follow
 * <html lang>, and Storybook's own iframe says "en"), switchable from the toolbar. A story that
 * sets lang or theme on its element keeps its own.
 */
const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Page language / ページの言語',
      toolbar: { title: 'lang', icon: 'globe', items: [{ value: 'ja', title: '日本語' }, { value: 'en', title: 'English' }], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'ja' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = (context.globals.lang as string) || 'ja';
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
};
export default preview;
