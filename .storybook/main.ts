import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The example documents transcribed from the seeds, at examples/NAME.json as in the demo.
  staticDirs: [{ from: '../data-schema/examples', to: '/examples' }],
  core: { disableTelemetry: true },
};
export default config;
