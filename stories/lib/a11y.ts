/**
 * The axe rule sets of WCAG 2.2 level AA (JIS X 8341-3:2016 level AA is WCAG 2.0 AA, so this
 * covers it). Shared by the a11y addon (.storybook/preview.ts) and tests/stories-axe.test.ts,
 * so the panel and the test judge a story by the same rules.
 */
export const WCAG_22_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
