// Every fact the schema can hold has a cell: each zod object's fields against the workbook format.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadWorkbook, ROOT } from './load.mjs';

const wb = await loadWorkbook();
const { format, schema, z } = wb;

const shapeKeys = (s) => Object.keys(s._zod.def.shape).filter((k) => k !== '$schema' || true);

describe('the workbook format covers the schema', () => {
  for (const entry of format.SCHEMA_COVERAGE) {
    it(`${entry.schema}: every field has a column or a stated place`, () => {
      const s = schema[entry.schema];
      assert.ok(s?._zod?.def?.shape, `${entry.schema} is an object schema exported by data-schema`);
      const prefix = entry.prefix ?? '';
      const covered = new Set(
        entry.columns
          .filter((c) => c.path.startsWith(prefix) && (entry.scope === undefined || c.scope === 'both' || c.scope === entry.scope))
          .map((c) => c.path.slice(prefix.length).split('.')[0]),
      );
      for (const k of Object.keys(entry.elsewhere ?? {})) covered.add(k);
      const missing = shapeKeys(s).filter((k) => !covered.has(k));
      assert.deepEqual(missing, [], `${entry.schema} fields without a cell: ${missing.join(', ')}`);
    });
  }

  it('every object schema registered by data-schema is listed (a new object type needs a place too)', () => {
    const listed = new Set(format.SCHEMA_COVERAGE.map((e) => e.schema));
    const objects = [...z.globalRegistry._idmap.entries()].filter(([, s]) => s._zod.def.type === 'object').map(([id]) => id);
    assert.ok(objects.length > 20);
    assert.deepEqual(objects.filter((id) => !listed.has(id)), []);
  });

  it('column headers are unique within each sheet (a header names one column)', () => {
    for (const [key, columns] of format.TABLES) {
      const headers = columns.map((c) => c.ja);
      assert.equal(new Set(headers).size, headers.length, key);
    }
  });
});

describe('dependencies point one way', () => {
  const files = (dir) => readdirSync(join(ROOT, dir), { recursive: true }).filter((f) => /\.ts$/.test(f)).map((f) => join(dir, f));
  const imports = (file) => [...readFileSync(join(ROOT, file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);

  it('no widget, core module or the package entry imports the workbook module or the spreadsheet library', () => {
    for (const file of [...files('src/components'), ...files('src/core'), 'src/index.ts']) {
      for (const spec of imports(file)) assert.doesNotMatch(spec, /workbook|exceljs/, `${file} imports ${spec}`);
    }
  });

  it('src/workbook imports only data-schema, its own modules and exceljs', () => {
    for (const file of files('src/workbook')) {
      for (const spec of imports(file)) assert.match(spec, /^(\.\/|\.\.\/\.\.\/data-schema\/|exceljs)/, `${file} imports ${spec}`);
    }
  });
});

describe('docs/workbook.md', () => {
  it('shows the columns of the current format (regenerate with npm run docs:workbook)', async () => {
    const { workbookColumnsMarkdown, currentWorkbookDocs } = await import('../../scripts/workbook-docs.js');
    assert.ok((await currentWorkbookDocs()).includes(await workbookColumnsMarkdown()), 'docs/workbook.md is stale: run npm run docs:workbook');
  });
});
