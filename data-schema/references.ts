import type * as z from 'zod/mini';

type Path = (string | number)[];
type Ctx = z.core.$RefinementCtx<unknown>;

interface Ref { id?: string | undefined }
interface AssessedValue { scale?: string | undefined; value?: string | undefined }
interface IndicatorLike {
  id: string;
  departments?: Ref[] | undefined;
  trend?: AssessedValue | undefined;
  source?: string | undefined;
  series?: { trend?: AssessedValue | undefined }[] | undefined;
}
interface NodeLike {
  id: string;
  level: string;
  relistOf?: string | undefined;
  children?: NodeLike[] | undefined;
  departments?: Ref[] | undefined;
  indicators?: IndicatorLike[] | undefined;
  assessments?: (AssessedValue & { departments?: Ref[] | undefined })[] | undefined;
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

/**
 * Cross-field rules zod cannot express per field: ids unique across the whole document
 * (nodes and indicators each), and every reference (level, department, scale and grade,
 * source, re-listed original) pointing at something that exists.
 */
/** Arrays of a document that may have failed validation elsewhere: anything else reads as empty. */
const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);
const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object';

export function checkReferences(doc: DocumentLike, ctx: Ctx): void {
  const issue = (path: Path, message: string, params: Record<string, unknown>) =>
    ctx.addIssue({ code: 'custom', message, path, params, input: undefined });

  // The document may be partly invalid (this runs even when fields failed): skip what is not an object.
  const levels = new Set(list(doc.levels).filter(isObject).map((l) => l.id));
  const departments = new Set(list(doc.departments).filter(isObject).map((d) => d.id));
  const sources = new Set(list(doc.sources).filter(isObject).map((s) => s.id));
  const scales = new Map(list(doc.scales).filter(isObject).map((s) => [s.id, new Set(list(s.levels).filter(isObject).map((l) => l.value))]));

  const unique = (kind: 'node' | 'indicator' | 'level' | 'scale' | 'department' | 'source') => {
    const seen = new Map<string, Path>();
    return (id: unknown, path: Path) => {
      if (typeof id !== 'string') return;
      const first = seen.get(id);
      if (first) issue([...path, 'id'], 'duplicate-id', { kind, id, other: toPointer([...first, 'id']) });
      else seen.set(id, path);
    };
  };
  const nodeIds = unique('node');
  const indicatorIds = unique('indicator');
  for (const [kind, items] of [
    ['level', doc.levels],
    ['scale', doc.scales],
    ['department', doc.departments],
    ['source', doc.sources],
  ] as const) {
    const seen = unique(kind);
    list(items).forEach((item, i) => isObject(item) && seen(item.id, [`${kind}s`, i]));
  }

  const checkDepartments = (refs: Ref[] | undefined, path: Path) =>
    list(refs).forEach((r, i) => {
      if (isObject(r) && typeof r.id === 'string' && !departments.has(r.id)) issue([...path, i, 'id'], 'unknown-ref', { kind: 'department', id: r.id });
    });
  const checkGrade = (a: AssessedValue | undefined, path: Path) => {
    if (!isObject(a) || typeof a.scale !== 'string') return;
    const values = scales.get(a.scale);
    if (!values) issue([...path, 'scale'], 'unknown-ref', { kind: 'scale', id: a.scale });
    else if (typeof a.value === 'string' && !values.has(a.value))
      issue([...path, 'value'], 'unknown-grade', { scale: a.scale, value: a.value, allowed: [...values].join(' ') });
  };
  const checkIndicator = (ind: IndicatorLike, path: Path) => {
    if (!isObject(ind)) return;
    indicatorIds(ind.id, path);
    checkDepartments(ind.departments, [...path, 'departments']);
    checkGrade(ind.trend, [...path, 'trend']);
    list(ind.series).forEach((s, i) => isObject(s) && checkGrade(s.trend, [...path, 'series', i, 'trend']));
    if (typeof ind.source === 'string' && !sources.has(ind.source)) issue([...path, 'source'], 'unknown-ref', { kind: 'source', id: ind.source });
  };

  const relists: [string, Path][] = [];
  // An explicit stack, not recursion: a hostile document nested thousands deep must not overflow.
  // Pushed in reverse so that pop() walks in document order and "the first" id is the earlier one.
  const allNodes = new Set<string>();
  const stack: [NodeLike, Path][] = list(doc.nodes).map((n, i): [NodeLike, Path] => [n, ['nodes', i]]).reverse();
  while (stack.length) {
    const [node, path] = stack.pop()!;
    if (!isObject(node)) continue;
    nodeIds(node.id, path);
    allNodes.add(node.id);
    // Without a levels list (itself reported as missing) every level would read as unknown: say it once.
    if (typeof node.level === 'string' && Array.isArray(doc.levels) && !levels.has(node.level)) issue([...path, 'level'], 'unknown-ref', { kind: 'level', id: node.level });
    if (typeof node.relistOf === 'string') relists.push([node.relistOf, [...path, 'relistOf']]);
    if (isObject(node.source) && typeof node.source.source === 'string' && !sources.has(node.source.source))
      issue([...path, 'source', 'source'], 'unknown-ref', { kind: 'source', id: node.source.source });
    checkDepartments(node.departments, [...path, 'departments']);
    list(node.indicators).forEach((ind, i) => checkIndicator(ind, [...path, 'indicators', i]));
    list(node.assessments).forEach((a, i) => {
      checkGrade(a, [...path, 'assessments', i]);
      if (isObject(a)) checkDepartments(a.departments as Ref[] | undefined, [...path, 'assessments', i, 'departments']);
    });
    const children = list(node.children);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, [...path, 'children', i]]);
  }
  list(doc.indicators).forEach((ind, i) => checkIndicator(ind, ['indicators', i]));

  for (const [id, path] of relists) if (!allNodes.has(id)) issue(path, 'unknown-ref', { kind: 'node', id });
}
