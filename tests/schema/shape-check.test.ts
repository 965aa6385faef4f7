/**
 * The widgets' shape check (data-schema/shape-of-document.ts) against zod's validateDocument:
 * the widgets accept a document with the first and load the second only to say what is wrong,
 * so the two must agree on every document, right or wrong. Random documents and random damage
 * (any value anywhere replaced, any key removed) as well as the mutations of the fuzz test.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateDocument } from '../../data-schema/index.js';
import { hasDocumentShape } from '../../data-schema/shape-of-document.js';
import { DOCUMENT_SHAPE } from '../../data-schema/document-shape.js';
import { buildShapeTable } from '../../data-schema/shape-table.js';
import { compileShape } from '../../data-schema/shape-check.js';
import { nearlyValidDocumentArb, validDocumentArb } from '../support/arbitraries.js';
import { EXAMPLES, minimalDocument } from './helpers.js';

const SEED = 4_12_2026;
const agree = (value: unknown) => {
  const zod = validateDocument(value, { warnings: false });
  const shape = hasDocumentShape(value);
  if (zod.ok !== shape) {
    const why = zod.ok ? 'zod accepts it' : `zod refuses it: ${JSON.stringify(zod.problems.slice(0, 3))}`;
    throw new Error(`the shape check ${shape ? 'accepts' : 'refuses'} a document ${why}`);
  }
  return shape;
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every place in a JSON value: the holder and the key of each value below the root. */
function places(value: Json, out: [Json[] | { [key: string]: Json }, string | number][] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => (out.push([value, i]), places(v, out)));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push([value, k]), places(v, out);
  return out;
}

/** A valid document with one value replaced by anything JSON can hold, or one key removed. */
const damagedDocumentArb = fc
  .tuple(validDocumentArb, fc.nat(), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined), fc.string({ minLength: 2001, maxLength: 2100 })))
  .map(([doc, at, replacement]) => {
    const copy = structuredClone(doc) as Json;
    const all = places(copy);
    const [holder, key] = all[at % all.length]!;
    if (replacement === undefined) {
      if (Array.isArray(holder)) holder.splice(key as number, 1);
      else delete holder[key as string];
    } else (holder as Record<string | number, Json>)[key] = replacement as Json;
    return copy;
  });

describe('the shape check the widgets run', () => {
  it('reads the table generated from the zod modules (run `npm run schema` when this fails)', () => {
    expect(JSON.parse(JSON.stringify(DOCUMENT_SHAPE)), 'data-schema/document-shape.ts is stale').to.deep.equal(buildShapeTable());
  });

  it('accepts every example document', async () => {
    for (const name of EXAMPLES) {
      const doc: unknown = await (await fetch(`/data-schema/examples/${name}`)).json();
      expect(agree(doc), name).to.equal(true);
    }
  });

  it('agrees with zod on generated valid documents', function () {
    this.timeout(120_000);
    fc.assert(fc.property(validDocumentArb, (doc) => {
      expect(agree(doc)).to.equal(true);
    }), { seed: SEED, numRuns: 400 });
  });

  it('agrees with zod on nearly valid documents (the fuzz test’s mutations)', function () {
    this.timeout(120_000);
    fc.assert(fc.property(nearlyValidDocumentArb, ({ document }) => {
      expect(agree(document)).to.equal(false);
    }), { seed: SEED + 1, numRuns: 800 });
  });

  it('agrees with zod whatever is put anywhere, or taken out', function () {
    this.timeout(120_000);
    fc.assert(fc.property(damagedDocumentArb, (doc) => void agree(doc)), { seed: SEED + 2, numRuns: 1_500 });
  });

  it('agrees with zod at the edges: lengths in code points, a case-blind URL, safe integers, non-finite numbers', () => {
    const cases: [string, (d: ReturnType<typeof minimalDocument>) => void, boolean][] = [
      ['2,000 emoji (4,000 UTF-16 units) in a 2,000-character title', (d) => (d.title = '😀'.repeat(2000)), true],
      ['2,001 emoji in a 2,000-character title', (d) => (d.title = '😀'.repeat(2001)), false],
      ['a lone surrogate as a one-character title', (d) => (d.title = '\ud83d'), true],
      ['an upper-case URL scheme', (d) => (d.nodes[0].links = [{ title: 'x', url: 'HTTPS://example.jp/' }]), true],
      ['a javascript: URL', (d) => (d.nodes[0].links = [{ title: 'x', url: 'javascript:alert(1)' }]), false],
      ['a fiscal year with a fraction', (d) => (d.period = { start: 2020.5, end: 2024 }), false],
      ['a period that ends before it starts', (d) => (d.period = { start: 2024, end: 2020 }), false],
      ['Infinity as a value', (d) => (d.nodes[0].indicators = [{ id: 'i', title: 't', observations: [{ fiscalYear: 2020, value: Infinity }] }]), false],
      ['NaN as a value', (d) => (d.nodes[0].indicators = [{ id: 'i', title: 't', observations: [{ fiscalYear: 2020, value: NaN }] }]), false],
      ['a key set to undefined where it is optional', (d) => (d.description = undefined), true],
      ['a required key set to undefined', (d) => (d.title = undefined), false],
      ['an array where an object belongs', (d) => (d.period = [2020, 2024]), false],
    ];
    for (const [name, change, expected] of cases) {
      const doc = minimalDocument();
      change(doc);
      let shape: boolean;
      try {
        shape = agree(doc);
      } catch (e) {
        throw new Error(`${name}: ${(e as Error).message}`, { cause: e });
      }
      expect(shape, name).to.equal(expected);
    }
  });

  it('refuses a value on its own terms when the table is compiled by hand (a recursive ref, anyOf, enum)', () => {
    const check = compileShape({
      root: 'Tree',
      defs: {
        Tree: { type: 'object', properties: { kind: { enum: ['a', 'b'] }, children: { type: 'array', items: { $ref: '#/$defs/Tree' } }, n: { anyOf: [{ type: 'integer' }, { type: 'null' }] } }, required: ['kind'] },
      },
    });
    expect(check({ kind: 'a', children: [{ kind: 'b', children: [{ kind: 'a', n: null }] }] })).to.equal(true);
    expect(check({ kind: 'a', children: [{ kind: 'b', children: [{ kind: 'c' }] }] })).to.equal(false);
    expect(check({ kind: 'a', n: 1.5 })).to.equal(false);
    expect(check({ children: [] })).to.equal(false);
  });
});
