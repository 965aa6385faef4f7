import { expect } from '@open-wc/testing';
import { validateDocument, type Problem, type ValidateOptions, type ValidationResult } from '../../data-schema/index.js';

/**
 * The smallest document that conforms: two levels and a goal with one plan under it.
 * A fresh object on every call, so that a test can break it without touching another test.
 * Typed loosely on purpose: the tests write wrong values into it.
 */
export function minimalDocument(): any {
  return {
    schemaVersion: '1.0',
    id: 'test-doc',
    title: '郡山市行財政改革大綱2026実施計画',
    municipality: '郡山市',
    levels: [
      { id: 'goal', name: '重点推進目標' },
      { id: 'plan', name: '実施計画', counter: '計画' },
    ],
    nodes: [
      {
        id: 'g1',
        level: 'goal',
        number: '1',
        title: 'DX推進による行政サービスの提供、組織・業務の最適化',
        children: [{ id: 'g1-p1', level: 'plan', number: '①', title: '行政組織の見直し' }],
      },
    ],
  };
}

/** The first plan of minimalDocument(), for tests that decorate a plan. */
export const planOf = (doc: any): any => doc.nodes[0].children[0];
export const PLAN = '/nodes/0/children/0';

/** [path, code] of every problem, in the order the validator reports them. */
export const pathsAndCodes = (problems: Problem[]): [string, string][] => problems.map((p) => [p.path, p.code]);

/** Asserts the document conforms, with no warnings unless told otherwise, and returns the result. */
export function expectValid(doc: unknown, options: ValidateOptions & { warnings?: boolean } = {}): ValidationResult & { ok: true } {
  const result = validateDocument(doc, options);
  const detail = result.ok ? '' : JSON.stringify(result.problems, null, 2);
  expect(result.ok, `expected a valid document, got problems:\n${detail}`).to.equal(true);
  if (!options.warnings) expect(result.warnings, 'expected no warnings').to.deep.equal([]);
  return result as ValidationResult & { ok: true };
}

/** Asserts the document fails with exactly these [path, code] problems (in order) and returns them. */
export function expectProblems(doc: unknown, expected: [string, string][], options: ValidateOptions = {}): Problem[] {
  const result = validateDocument(doc, options);
  expect(result.ok, 'expected the document to be refused').to.equal(false);
  const problems = result.ok ? [] : result.problems;
  expect(pathsAndCodes(problems)).to.deep.equal(expected);
  for (const p of problems) {
    expect(p.severity).to.equal('error');
    expect(p.message, `a message for ${p.path}`).to.be.a('string').and.not.equal('');
  }
  return problems;
}

/** Asserts exactly one problem, at `path` with `code`, and returns it (for message checks). */
export function expectProblem(doc: unknown, path: string, code: string, options: ValidateOptions = {}): Problem {
  return expectProblems(doc, [[path, code]], options)[0]!;
}

/**
 * The example documents the tests expect in data-schema/examples/. A browser cannot list a
 * folder, so the names are written here; add a new example to this list.
 */
export const EXAMPLES = [
  'koriyama-reform-2026.json',
  'koriyama-reform-2022-goal3.json',
  'koriyama-collaboration-2023.json',
  'koriyama-digital-city-hall-2021.json',
  'small-plan-tree.json',
  'small-plan-sheet.json',
  'small-report.json',
  'small-audit.json',
  'made-up-text-report.json',
];
