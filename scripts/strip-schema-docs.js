// The schema's Japanese and English descriptions are for editors (they go into the published
// JSON Schema); a browser never shows them. They are most of the schema's weight, so browser
// bundles drop them: describe('…', '…') becomes describe('', '') and a registered
// `description: '…'` becomes `description: ''`. Node (the CLI, `npm run schema`) keeps them.
import { readFile } from 'node:fs/promises';

const STRING = String.raw`(?:'(?:[^'\\\n]|\\.)*'|\`(?:[^\`\\$]|\\.|\$(?!\{))*\`)`;
const DESCRIBE = String.raw`describe\(\s*${STRING}\s*,\s*${STRING}\s*,?\s*\)`;
// `.check(describe(…))` alone, and `describe(…)` as the last of several checks.
const CHECK_DESCRIBE_ALONE = new RegExp(String.raw`\.check\(\s*${DESCRIBE}\s*\)`, 'g');
const CHECK_DESCRIBE_LAST = new RegExp(String.raw`,\s*${DESCRIBE}(?=\s*\))`, 'g');
const DESCRIBE_CALL = new RegExp(DESCRIBE, 'g');
const DESCRIPTION_KEY = new RegExp(String.raw`description:\s*${STRING}(?:\s*\+\s*${STRING})*`, 'g');

/**
 * Drops the descriptions. The describe() checks themselves go too, not only their words:
 * each is a metadata check that zod runs for every value parsed, which made validating a
 * 10,000-plan document several times slower.
 */
export function stripSchemaDescriptions(source) {
  return source
    .replace(CHECK_DESCRIBE_ALONE, '')
    .replace(CHECK_DESCRIBE_LAST, '')
    .replace(DESCRIBE_CALL, "describe('', '')")
    .replace(DESCRIPTION_KEY, "description: ''");
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
