import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { WCAG_22_AA_TAGS } from '../stories/lib/a11y.js';
import { argTypesFromManifest, type CustomElementsManifest } from '../stories/lib/arg-types.js';
import { setPageLang, withPageLang } from '../stories/lib/page-lang.js';
// Generated from the elements' JSDoc and decorators by the scripts "storybook" and
// "build-storybook" (custom-elements-manifest.config.mjs, as `npm run build` does for dist/).
import generated from './generated/custom-elements.json';

const manifest = generated as unknown as CustomElementsManifest;
setCustomElementsManifest(manifest);

// The docs pages (MDX) are Japanese first; stories set the language again from the toolbar.
setPageLang('ja');

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    lang: {
      description: 'Page language / ページの言語',
      toolbar: { title: 'lang', icon: 'globe', items: [{ value: 'ja', title: '日本語' }, { value: 'en', title: 'English' }], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'ja' },
  decorators: [withPageLang, withActions],
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
    docs: {
      extractArgTypes: (tagName: string) => argTypesFromManifest(manifest, tagName),
      // The docs pages' sections are h2; the element pages' stories h3.
      toc: { headingSelector: 'h2, h3' },
    },
    // Every element's events in the Actions panel, with their detail.
    actions: { handles: ['mieruka-load', 'mieruka-error', 'mieruka-select'] },
    a11y: {
      options: { runOnly: { type: 'tag', values: WCAG_22_AA_TAGS } },
      // A violation fails the story in the test runner and shows red in the panel.
      test: 'error',
    },
  },
};
export default preview;
