import { expect } from '@open-wc/testing';
import { Validator, type Schema } from '@cfworker/json-schema';
import { SCHEMA_ID, SCHEMA_MAJOR, SCHEMA_VERSION, buildJsonSchema, validateDocument } from '../../data-schema/index.js';
import { EXAMPLES, PLAN, minimalDocument, planOf } from './helpers.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const COMMITTED = '/data-schema/mieruka.schema.json';


const pointer = (path: (string | number)[]) => path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');

/** JSON Pointers where two JSON values differ (at most `limit` of them). */
function differences(a: Json | undefined, b: Json | undefined, path: (string | number)[] = [], found: string[] = [], limit = 10): string[] {
  if (found.length >= limit) return found;
  if (a === b) return found;
  const bothObjects = a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b);
  if (!bothObjects) {
    found.push(`${pointer(path) || '/'}: committed ${JSON.stringify(a)?.slice(0, 80)}, generated ${JSON.stringify(b)?.slice(0, 80)}`);
    return found;
  }
  const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
  for (const key of keys) {
    differences((a as JsonObject)[key], (b as JsonObject)[key], [...path, Array.isArray(a) ? Number(key) : key], found, limit);
  }
  return found;
}

/** Calls visit on every object in a JSON value, with its pointer path. */
function walk(value: Json, visit: (object: JsonObject, path: (string | number)[]) => void, path: (string | number)[] = []): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, visit, [...path, i]));
    return;
  }
  visit(value, path);
  for (const [k, v] of Object.entries(value)) walk(v, visit, [...path, k]);
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
const ENGLISH = /[A-Za-z]/;
const bilingual = (text: Json | undefined) => typeof text === 'string' && JAPANESE.test(text) && ENGLISH.test(text);

async function fetchJson(url: string): Promise<{ status: number; json?: Json }> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) return { status: response.status };
  return { status: response.status, json: (await response.json()) as Json };
}

const generated = buildJsonSchema() as JsonObject;
const defs = generated.$defs as JsonObject;

describe('the JSON Schema', () => {
  describe('data-schema/mieruka.schema.json is up to date', () => {
    it('deep-equals buildJsonSchema() (run `npm run schema` when this fails)', async () => {
      const { status, json } = await fetchJson(COMMITTED);
      expect(status, `${COMMITTED} is missing: run \`npm run schema\` and commit data-schema/mieruka.schema.json`).to.equal(200);
      const diff = differences(json, generated);
      expect(
        diff,
        'data-schema/mieruka.schema.json is stale: the zod modules changed but the schema was not regenerated. ' +
          'Run `npm run schema` and commit data-schema/mieruka.schema.json. First differences:\n  ' +
          diff.join('\n  '),
      ).to.deep.equal([]);
    });

    it('is formatted as `npm run schema` writes it (2-space indent, final newline)', async () => {
      const text = await (await fetch(COMMITTED, { cache: 'no-store' })).text();
      expect(text, 'run `npm run schema`').to.equal(JSON.stringify(generated, null, 2) + '\n');
    });
  });

  describe('identity', () => {
    it('is draft 2020-12', () => {
      expect(generated.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    });

    it('has an $id that carries the major version (/v1/)', () => {
      expect(generated.$id).to.equal(SCHEMA_ID);
      expect(generated.$id).to.match(new RegExp(`/v${SCHEMA_MAJOR}/`));
      expect(generated.$id).to.match(/^https:\/\/.+\/v1\/mieruka\.schema\.json$/);
      expect(SCHEMA_VERSION.split('.')[0]).to.equal(String(SCHEMA_MAJOR));
    });

    it('its schemaVersion pattern accepts the current version', () => {
      const version = ((defs.MierukaDocument as JsonObject).properties as JsonObject).schemaVersion as JsonObject;
      expect(new RegExp(version.pattern as string, 'u').test(SCHEMA_VERSION)).to.equal(true);
    });

    it('has a bilingual title or description at the top', () => {
      expect(bilingual(generated.description)).to.equal(true);
    });
  });

  describe('descriptions', () => {
    it('every property in every $defs entry is described in Japanese and English', () => {
      const offenders: string[] = [];
      for (const [name, def] of Object.entries(defs)) {
        walk(def, (object, path) => {
          const properties = object.properties;
          if (properties === null || typeof properties !== 'object' || Array.isArray(properties)) return;
          for (const [key, property] of Object.entries(properties)) {
            const description = property !== null && typeof property === 'object' && !Array.isArray(property) ? property.description : undefined;
            if (!bilingual(description)) offenders.push(pointer(['$defs', name, ...path, 'properties', key]));
          }
        });
      }
      expect(offenders, `properties without a Japanese and English description:\n  ${offenders.join('\n  ')}`).to.deep.equal([]);
    });

    it('every $defs entry is described in Japanese and English', () => {
      const offenders = Object.entries(defs)
        .filter(([, def]) => !bilingual((def as JsonObject).description))
        .map(([name]) => `/$defs/${name}`);
      expect(offenders).to.deep.equal([]);
    });
  });

  describe('$defs names', () => {
    it('read well: PascalCase, no leaked generic or zod names', () => {
      const names = Object.keys(defs);
      expect(names.length).to.be.greaterThan(10);
      for (const name of names) {
        expect(name, name).to.match(/^[A-Z][A-Za-z0-9]*$/);
        expect(name, name).not.to.match(/^_|schema\d|zod|mini/i);
      }
    });

    it('name the main types of the document', () => {
      expect(defs).to.include.keys('MierukaDocument', 'PlanNode', 'Indicator', 'Target', 'Scale', 'Assessment', 'SdgsCode', 'HttpUrl', 'FiveLess');
    });

    it('every $ref points at an existing $defs entry, and every entry is used', () => {
      const used = new Set<string>();
      walk(generated, (object, path) => {
        if (typeof object.$ref !== 'string') return;
        const match = /^#\/\$defs\/(.+)$/.exec(object.$ref);
        expect(match, `${pointer(path)}: ${object.$ref}`).not.to.equal(null);
        expect(defs, pointer(path)).to.have.property(match![1]!);
        used.add(match![1]!);
      });
      expect(Object.keys(defs).filter((n) => !used.has(n))).to.deep.equal([]);
    });
  });

  describe('an independent validator (@cfworker/json-schema, draft 2020-12) agrees with zod', () => {
    const validator = new Validator(generated as unknown as Schema, '2020-12', false);
    const jsonSchemaErrors = (doc: unknown) => {
      const result = validator.validate(doc);
      return result.valid ? [] : result.errors.map((e) => `${e.instanceLocation} ${e.keyword}: ${e.error}`);
    };
    const agree = (doc: unknown, valid: boolean) => {
      const zod = validateDocument(doc);
      const errors = jsonSchemaErrors(doc);
      expect(zod.ok, `zod: ${zod.ok ? 'valid' : JSON.stringify(zod.problems)}`).to.equal(valid);
      expect(errors.length === 0, `JSON Schema: ${errors.length ? errors.join('\n') : 'valid'}`).to.equal(valid);
      return errors;
    };
    /** The deepest instance locations the JSON Schema validator complains about. */
    const locations = (errors: string[]) => errors.map((e) => e.split(' ')[0]);

    it('compiles the schema', () => {
      expect(() => new Validator(generated as unknown as Schema, '2020-12')).not.to.throw();
    });

    it('both accept the minimal document', () => {
      agree(minimalDocument(), true);
    });

    it('both accept a fuller document (indicators, scales, assessments, SDGs, 5レス, links)', () => {
      const doc = minimalDocument();
      doc.period = { start: 2022, end: 2025 };
      doc.asOf = '2024-03-31';
      doc.scales = [{ id: 'grade', name: '達成度', levels: [{ value: '4', label: '予定どおり実施した', min: 75 }] }];
      doc.departments = [{ id: 'admin', name: '行政マネジメント課' }];
      doc.sources = [{ id: 'survey', title: '市民意識調査', url: 'https://www.city.koriyama.lg.jp/' }];
      Object.assign(planOf(doc), {
        departments: [{ name: '行政マネジメント課', id: 'admin', role: 'lead' }],
        fiveLess: { counter: true, paper: false },
        disclosure: { cityWebsite: true, pages: [{ title: '郡山市行財政改革大綱について' }] },
        sdgs: ['11.7', '11.b', '17.17', '8.10', '16.10', '17'],
        actionPlan: { years: [2022, 2023], rows: [{ item: '公表', cells: [{ start: 2022, end: 2025, text: '前年度実績及び活動の見直しの公表' }] }] },
        indicators: [
          {
            id: 'i1',
            name: '連携協定締結数',
            unit: '協定',
            direction: 'increase',
            baseline: { fiscalYear: 2021, value: 292, label: '2021年度末時点の現況値' },
            target: { fiscalYear: 2025, value: 380, comparator: 'atLeast' },
            observations: [{ fiscalYear: 2022, value: null, text: '—' }],
            series: [{ name: '小6', target: { text: '向上' } }],
            source: 'survey',
          },
        ],
        assessments: [{ scale: 'grade', value: '4', fiscalYear: 2023, departments: [{ name: '行政マネジメント課', id: 'admin' }] }],
        links: [{ title: '市ウェブサイト', url: 'https://www.city.koriyama.lg.jp/' }],
      });
      agree(doc, true);
    });

    it('both refuse a document without a title', () => {
      const doc = minimalDocument();
      delete doc.title;
      const errors = agree(doc, false);
      expect(errors.join('\n')).to.contain('title');
    });

    it('both refuse a bad SDGs code, at the same place', () => {
      for (const code of ['18', '11.z', '17.20', '11 7']) {
        const doc = minimalDocument();
        planOf(doc).sdgs = ['11.7', code];
        const errors = agree(doc, false);
        expect(locations(errors), code).to.include(`#${PLAN}/sdgs/1`);
      }
    });

    it('both refuse a javascript: or data: URL, at the same place', () => {
      for (const url of ['javascript:alert(1)', 'data:text/html,x']) {
        const doc = minimalDocument();
        planOf(doc).links = [{ title: 'x', url }];
        const errors = agree(doc, false);
        expect(locations(errors), url).to.include(`#${PLAN}/links/0/url`);
      }
    });

    it('both refuse other field-level mistakes', () => {
      const mistakes: [string, (doc: ReturnType<typeof minimalDocument>) => void][] = [
        ['schemaVersion 2.0', (d) => (d.schemaVersion = '2.0')],
        ['a date 2024-13', (d) => (d.asOf = '2024-13')],
        ['a fiscal year 2022.5', (d) => (d.period = { start: 2022.5, end: 2025 })],
        ['a bad id', (d) => (planOf(d).id = 'bad id')],
        ['a 5レス mark "○"', (d) => (planOf(d).fiveLess = { counter: '○' })],
        ['a comparator 以下', (d) => (planOf(d).indicators = [{ id: 'i', name: 'n', target: { value: 1, comparator: '以下' } }])],
        ['an empty levels list', (d) => (d.levels = [])],
        ['nodes that are not a list', (d) => (d.nodes = {})],
      ];
      for (const [label, mutate] of mistakes) {
        const doc = minimalDocument();
        mutate(doc);
        const zod = validateDocument(doc);
        expect(zod.ok, `zod, ${label}`).to.equal(false);
        expect(jsonSchemaErrors(doc).length, `JSON Schema, ${label}`).to.be.greaterThan(0);
      }
    });

    it('both accept unknown keys and x- keys (zod only warns)', () => {
      const doc = minimalDocument();
      doc.titel = 'x';
      doc['x-own'] = 1;
      planOf(doc).indicater = [];
      agree(doc, true);
    });

    // zod's refinement is restated in JSON Schema by buildJsonSchema's override (anyOf).
    it('both refuse an empty target', () => {
      const doc = minimalDocument();
      planOf(doc).indicators = [{ id: 'i', name: 'n', target: {} }];
      agree(doc, false);
    });
  });

  describe('the example documents in data-schema/examples/', () => {
    const validator = new Validator(generated as unknown as Schema, '2020-12', false);
    for (const name of EXAMPLES) {
      it(`${name} conforms to zod and to the JSON Schema`, async () => {
        const { status, json } = await fetchJson(`/data-schema/examples/${name}`);
        expect(status, name).to.equal(200);
        const zod = validateDocument(json);
        expect(zod.ok, `${name} (zod):\n${zod.ok ? '' : zod.problems.slice(0, 20).map((p) => `${p.path}: ${p.message}`).join('\n')}`).to.equal(true);
        const result = validator.validate(json);
        const errors = result.valid ? [] : result.errors.slice(-20).map((e) => `${e.instanceLocation} ${e.keyword}: ${e.error}`);
        expect(errors, `${name} (JSON Schema)`).to.deep.equal([]);
        expect(zod.warnings.map((w) => `${w.path}: ${w.message}`), `${name} warnings`).to.deep.equal([]);
      });
    }
  });
});
