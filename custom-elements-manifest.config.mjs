// The custom elements manifest (dist/custom-elements.json) of `npm run build`, for editors,
// Storybook's autodocs and anyone embedding the elements:
//   npx cem analyze --litelement --config custom-elements-manifest.config.mjs
// Attributes, properties, events, parts and CSS properties come from each element's JSDoc and
// Lit decorators; the shared ones from the base class MierukaElement (src/core/mieruka-element.ts),
// which the analyzer copies into every element with `inheritedFrom`.
export default {
  globs: ['src/components/*/*.ts', 'src/core/mieruka-element.ts'],
  // Only the element modules: models, styles, strings and geometry define no element.
  exclude: ['src/components/*/*.*.ts', 'src/components/sdgs-badges/sdgs-goals.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json names the manifest itself ("customElements"); the analyzer must not rewrite it.
  packagejson: false,
  plugins: [guardedDefine(), namedEventsOnly(), sourceSuperclassPaths()],
};

/**
 * Each element registers itself with the base class's guarded define,
 * `MierukaKpiGauge.define('mieruka-kpi-gauge')`, which the analyzer does not know (it knows
 * `customElements.define(…)` and `@customElement`). This plugin reads those calls: the class
 * gets its tagName and `customElement: true`, and the module a custom-element-definition
 * export. The `customElements.define(tag, this)` inside the guarded define itself is not a
 * definition of a tag: its export (named "tag", of an anonymous class) is dropped.
 */
function guardedDefine() {
  /** module path → [class name, tag] */
  const definitions = new Map();
  return {
    name: 'mieruka-guarded-define',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isExpressionStatement(node) || !ts.isSourceFile(node.parent)) return;
      const call = node.expression;
      if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return;
      const { expression: target, name } = call.expression;
      const [tag] = call.arguments;
      if (name.text !== 'define' || !ts.isIdentifier(target) || !tag || !ts.isStringLiteralLike(tag)) return;
      definitions.set(moduleDoc.path, [...(definitions.get(moduleDoc.path) ?? []), [target.text, tag.text]]);
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const [className, tag] of definitions.get(moduleDoc.path) ?? []) {
        const declaration = moduleDoc.declarations?.find((d) => d.kind === 'class' && d.name === className);
        if (!declaration) continue;
        declaration.tagName = tag;
        declaration.customElement = true;
        moduleDoc.exports = [
          ...(moduleDoc.exports ?? []),
          { kind: 'custom-element-definition', name: tag, declaration: { name: className, module: moduleDoc.path } },
        ];
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const moduleDoc of customElementsManifest.modules) {
        moduleDoc.exports = moduleDoc.exports?.filter((e) => !(e.kind === 'custom-element-definition' && e.declaration?.name?.startsWith('anonymous_')));
      }
    },
  };
}

/**
 * `this.dispatchEvent(new MierukaErrorEvent(…))` gives an event with a type and no name; the
 * events' names, details and meanings are in the JSDoc `@event` tags, so the nameless ones go.
 */
function namedEventsOnly() {
  return {
    name: 'mieruka-named-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const moduleDoc of customElementsManifest.modules) {
        for (const declaration of moduleDoc.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((e) => e.name);
        }
      }
    },
  };
}

/**
 * A superclass reference names the module it was imported from, as a `/…/.js` path
 * (`/src/core/index.js` for a re-export); point it at the listed module that declares the class.
 */
function sourceSuperclassPaths() {
  return {
    name: 'mieruka-superclass-paths',
    packageLinkPhase({ customElementsManifest }) {
      const home = new Map();
      for (const moduleDoc of customElementsManifest.modules) {
        for (const d of moduleDoc.declarations ?? []) if (d.kind === 'class') home.set(d.name, moduleDoc.path);
      }
      for (const moduleDoc of customElementsManifest.modules) {
        for (const d of moduleDoc.declarations ?? []) {
          if (d.superclass?.module && home.has(d.superclass.name)) d.superclass.module = home.get(d.superclass.name);
        }
      }
    },
  };
}
