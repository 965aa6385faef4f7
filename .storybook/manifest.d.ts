// The custom elements manifest is generated before Storybook starts (package.json scripts
// "storybook" and "build-storybook") and is not committed. On a clean clone the type check runs
// before it exists; this declaration stands in for it then.
declare module '*/generated/custom-elements.json' {
  const manifest: unknown;
  export default manifest;
}
