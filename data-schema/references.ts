type Path = (string | number)[];
/** One problem found: a custom issue as zod takes it (code, message as the problem's code, path, params). */
export type ReferenceIssue = {
  code: 'custom';
  message: string;
  path: Path;
  params: Record<string, unknown>;
  input: undefined;
};

interface Ref { id?: string | undefined }
interface AssessedValue { scale?: string | undefined; value?: string | undefined }
interface IndicatorLike {
  id: string;
  departments?: Ref[] | undefined;
  trend?: AssessedValue | undefined;
  source?: string | undefined;
  series?: { trend?: AssessedValue | undefined }[] | undefined;
}
interface AssessmentLike extends AssessedValue {
  departments?: Ref[] | undefined;
  grades?: (AssessedValue & { departments?: Ref[] | undefined })[] | undefined;
  final?: AssessedValue | undefined;
  source?: { source: string } | undefined;
}
interface NodeLike {
  id: string;
  level: string;
  relistOf?: string | undefined;
  children?: NodeLike[] | undefined;
  departments?: Ref[] | undefined;
  indicators?: IndicatorLike[] | undefined;
  assessments?: AssessmentLike[] | undefined;
  source?: { source: string } | undefined;
}
interface DocumentLike {
  levels: { id: string }[];
  nodes: NodeLike[];
  indicators?: IndicatorLike[] | undefined;
  departments?: { id: string }[] | undefined;
  scales?: { id: string; levels: { value: string }[] }[] | undefined;
  sources?: { id: string }[] | undefined;
}

/** JSON Pointer (RFC 6901) of a path, as every problem reports it. */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

const NONE: readonly never[] = [];
/** Arrays of a document that may have failed validation elsewhere: anything else reads as empty (one shared empty list, read only). */
const list = <T>(value: T[] | undefined): readonly T[] => (Array.isArray(value) ? value : NONE);
const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object';
/** As isObject, for a value already typed: a partly invalid document may hold anything there. */
const isPresent = <T,>(value: T | null | undefined): value is T => value !== null && typeof value === 'object';

/**
 * Where a value sits, as a chain of steps to its parent: a path is built (as an array) only
 * for a problem. Spreading an array per node, per department list and per indicator made this
 * pass copy a growing array tens of thousands of times for a 10,000-plan document with no problem.
 */
interface Step {
  readonly up: Step | undefined;
  readonly keys: readonly (string | number)[];
}
const step = (up: Step | undefined, ...keys: (string | number)[]): Step => ({ up, keys });
// Recursive, but only as deep as the node levels, which validation has already bounded.
const pathOf = (at: Step | undefined, ...rest: (string | number)[]): Path => (at ? pathOf(at.up, ...at.keys, ...rest) : rest);

/**
 * Cross-field rules zod cannot express per field: ids unique across the whole document
 * (nodes and indicators each), and every reference (level, department, scale and grade,
 * source, re-listed original) pointing at something that exists.
 */
export function checkReferences(doc: DocumentLike, report: (issue: ReferenceIssue) => void): void {
  const issue = (path: Path, message: string, params: Record<string, unknown>) => report({ code: 'custom', message, path, params, input: undefined });

  // The document may be partly invalid (this runs even when fields failed): skip what is not an object.
  const levels = new Set(list(doc.levels).filter(isObject).map((l) => l.id));
  const departments = new Set(list(doc.departments).filter(isObject).map((d) => d.id));
  const sources = new Set(list(doc.sources).filter(isObject).map((s) => s.id));
  const scales = new Map(list(doc.scales).filter(isObject).map((s) => [s.id, new Set(list(s.levels).filter(isObject).map((l) => l.value))]));

  const unique = (kind: 'node' | 'indicator' | 'level' | 'scale' | 'department' | 'source', seen = new Map<string, Step>()) => {
    return (id: unknown, at: Step) => {
      if (typeof id !== 'string') return;
      const first = seen.get(id);
      if (first) issue(pathOf(at, 'id'), 'duplicate-id', { kind, id, other: toPointer(pathOf(first, 'id')) });
      else seen.set(id, at);
    };
  };
  const nodes = new Map<string, Step>();
  const nodeIds = unique('node', nodes);
  const indicatorIds = unique('indicator');
  for (const [kind, items] of [
    ['level', doc.levels],
    ['scale', doc.scales],
    ['department', doc.departments],
    ['source', doc.sources],
  ] as const) {
    const seen = unique(kind);
    list(items).forEach((item, i) => isObject(item) && seen(item.id, step(undefined, `${kind}s`, i)));
  }

  // `keys` lead from `at` to the value checked; a literal array at each call, read only on a problem.
  const checkDepartments = (refs: Ref[] | undefined, at: Step | undefined, keys: readonly (string | number)[] = NONE) =>
    list(refs).forEach((r, i) => {
      if (isObject(r) && typeof r.id === 'string' && !departments.has(r.id)) issue(pathOf(at, ...keys, 'departments', i, 'id'), 'unknown-ref', { kind: 'department', id: r.id });
    });
  const checkGrade = (a: AssessedValue | undefined, at: Step | undefined, keys: readonly (string | number)[]) => {
    if (!isObject(a) || typeof a.scale !== 'string') return;
    const values = scales.get(a.scale);
    if (!values) issue(pathOf(at, ...keys, 'scale'), 'unknown-ref', { kind: 'scale', id: a.scale });
    else if (typeof a.value === 'string' && !values.has(a.value))
      issue(pathOf(at, ...keys, 'value'), 'unknown-grade', { scale: a.scale, value: a.value, allowed: [...values].join(' ') });
  };
  const checkSource = (ref: { source: string } | undefined, at: Step | undefined, keys: readonly (string | number)[]) => {
    if (isObject(ref) && typeof ref.source === 'string' && !sources.has(ref.source)) issue(pathOf(at, ...keys, 'source'), 'unknown-ref', { kind: 'source', id: ref.source });
  };
  const checkIndicator = (ind: IndicatorLike, at: Step) => {
    if (!isObject(ind)) return;
    indicatorIds(ind.id, at);
    checkDepartments(ind.departments, at);
    checkGrade(ind.trend, at, ['trend']);
    list(ind.series).forEach((s, i) => isObject(s) && checkGrade(s.trend, at, ['series', i, 'trend']));
    if (typeof ind.source === 'string' && !sources.has(ind.source)) issue(pathOf(at, 'source'), 'unknown-ref', { kind: 'source', id: ind.source });
  };

  const relists: [string, Step][] = [];
  // An explicit stack, not recursion: a hostile document nested thousands deep must not overflow.
  // Pushed in reverse so that pop() walks in document order and "the first" id is the earlier one.
  const stack: [NodeLike, Step][] = list(doc.nodes).map((n, i): [NodeLike, Step] => [n, step(undefined, 'nodes', i)]).reverse();
  while (stack.length) {
    const [node, at] = stack.pop()!;
    if (!isObject(node)) continue;
    nodeIds(node.id, at);
    // Without a levels list (itself reported as missing) every level would read as unknown: say it once.
    if (typeof node.level === 'string' && Array.isArray(doc.levels) && !levels.has(node.level)) issue(pathOf(at, 'level'), 'unknown-ref', { kind: 'level', id: node.level });
    if (typeof node.relistOf === 'string') relists.push([node.relistOf, at]);
    checkSource(node.source, at, ['source']);
    checkDepartments(node.departments, at);
    list(node.indicators).forEach((ind, i) => checkIndicator(ind, step(at, 'indicators', i)));
    list(node.assessments).forEach((a, i) => {
      if (!isPresent(a)) return;
      checkGrade(a, at, ['assessments', i]);
      checkDepartments(a.departments, at, ['assessments', i]);
      // A department's grade in a group is on the assessment's scale unless it names its own.
      list(a.grades).forEach((g, j) => {
        if (!isPresent(g)) return;
        checkGrade({ scale: g.scale ?? a.scale, value: g.value }, at, ['assessments', i, 'grades', j]);
        checkDepartments(g.departments, at, ['assessments', i, 'grades', j]);
      });
      checkGrade(a.final, at, ['assessments', i, 'final']);
      checkSource(a.source, at, ['assessments', i, 'source']);
    });
    const children = list(node.children);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, step(at, 'children', i)]);
  }
  list(doc.indicators).forEach((ind, i) => checkIndicator(ind, step(undefined, 'indicators', i)));

  for (const [id, at] of relists) if (!nodes.has(id)) issue(pathOf(at, 'relistOf'), 'unknown-ref', { kind: 'node', id });
}
