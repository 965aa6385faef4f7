// The schema's Japanese and English descriptions are for editors (they go into the published
// JSON Schema); a browser never shows them. They are most of the schema's weight, so browser
// bundles drop them: describe('…', '…') becomes describe('', '') and a registered
// `description: '…'` becomes `description: ''`. Node (the CLI, `npm run schema`) keeps them.
import { readFile } from 'node:fs/promises';

const STRING = String.raw`(?:'(?:[^'\\\n]|\\.)*'|\`(?:[^\`\\$]|\\.|\$(?!\{))*\`)`;
const DESCRIBE_CALL = new RegExp(String.raw`describe\(\s*${STRING}\s*,\s*${STRING}\s*,?\s*\)`, 'g');
const DESCRIPTION_KEY = new RegExp(String.raw`description:\s*${STRING}(?:\s*\+\s*${STRING})*`, 'g');

export function stripSchemaDescriptions(source) {
  return source.replace(DESCRIBE_CALL, "describe('', '')").replace(DESCRIPTION_KEY, "description: ''");
}

const SCHEMA_MODULE = /[\\/]data-schema[\\/][^\\/]+\.ts$/;

/** esbuild plugin. */
export const stripSchemaDocsEsbuild = {
  name: 'mieruka-strip-schema-docs',
  setup(build) {
    build.onLoad({ filter: SCHEMA_MODULE }, async (args) => ({
      contents: stripSchemaDescriptions(await readFile(args.path, 'utf8')),
      loader: 'ts',
    }));
  },
};

/** Vite / Rollup plugin. */
export function stripSchemaDocsVite() {
  return {
    name: 'mieruka-strip-schema-docs',
    enforce: 'pre',
    transform(code, id) {
      return SCHEMA_MODULE.test(id.split('?')[0]) ? { code: stripSchemaDescriptions(code), map: null } : null;
    },
  };
}
