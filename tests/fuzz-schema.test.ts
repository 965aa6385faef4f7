/**
 * Fuzzing the schema (issue #12): the generators in support/arbitraries.ts are checked against
 * validateDocument, so that the element properties in fuzz-elements.test.ts can trust them.
 * - every generated valid document is accepted, without warnings;
 * - every nearly valid document (one mutation) is refused, with a problem at or above the
 *   mutated place.
 * Seeds are fixed; fast-check prints the seed, the path and the shrunk counterexample on failure.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateDocument } from '../data-schema/index.js';
import { MUTATION_KINDS, nearlyValidDocumentArb, validDocumentArb, type MutationKind } from './support/arbitraries.js';

const SEED = 12_2026;
/** Set to false to shrink a failure to its smallest counterexample (slower). */
const ENDONFAILURE = true;

/** True when `problem` names `mutated` or one of the objects or arrays that hold it. */
const atOrAbove = (problem: string, mutated: string) => problem === mutated || mutated.startsWith(problem + '/') || problem === '';

describe('fuzz: the document generators against validateDocument', () => {
  it('accepts every generated valid document, without warnings', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(validDocumentArb, (doc) => {
        const result = validateDocument(doc);
        if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems.slice(0, 5))}`);
        expect(result.warnings).to.deep.equal([]);
      }),
      { seed: SEED, numRuns: 1_500, endOnFailure: ENDONFAILURE, includeErrorInReport: true },
    );
  });

  it('refuses every nearly valid document with a problem at or above the mutated place', function () {
    this.timeout(120_000);
    const kinds = new Map<MutationKind, number>();
    fc.assert(
      fc.property(nearlyValidDocumentArb, ({ kind, path, document }) => {
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        const result = validateDocument(document);
        if (result.ok) throw new Error(`accepted after ${kind} at ${path}`);
        const paths = result.problems.map((p) => p.path);
        expect(paths.some((p) => atOrAbove(p, path)), `${kind} at ${path}; problems at ${paths.join(' ')}`).to.equal(true);
      }),
      { seed: SEED + 1, numRuns: 2_500, endOnFailure: ENDONFAILURE, includeErrorInReport: true },
    );
    // Every kind of mutation was tried often enough to mean something.
    for (const kind of MUTATION_KINDS) expect(kinds.get(kind) ?? 0, kind).to.be.at.least(100);
  });

  it('problems for a nearly valid document are in both languages with the same paths', function () {
    this.timeout(60_000);
    fc.assert(
      fc.property(nearlyValidDocumentArb, ({ document }) => {
        const ja = validateDocument(document, { lang: 'ja' });
        const en = validateDocument(document, { lang: 'en' });
        expect(ja.ok).to.equal(false);
        expect(en.ok).to.equal(false);
        if (ja.ok || en.ok) return;
        expect(en.problems.map((p) => p.path)).to.deep.equal(ja.problems.map((p) => p.path));
        for (const p of [...ja.problems, ...en.problems]) expect(p.message, p.path).to.be.a('string').and.not.equal('');
      }),
      { seed: SEED + 2, numRuns: 300, endOnFailure: ENDONFAILURE, includeErrorInReport: true },
    );
  });
});
