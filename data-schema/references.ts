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
export function checkReferences(doc: DocumentLike, ctx: Ctx): void {
  const issue = (path: Path, message: string, params: Record<string, unknown>) =>
    ctx.addIssue({ code: 'custom', message, path, params, input: undefined });

  const levels = new Set(doc.levels.map((l) => l.id));
  const departments = new Set((doc.departments ?? []).map((d) => d.id));
  const sources = new Set((doc.sources ?? []).map((s) => s.id));
  const scales = new Map((doc.scales ?? []).map((s) => [s.id, new Set(s.levels.map((l) => l.value))]));

  const unique = (kind: 'node' | 'indicator' | 'level' | 'scale' | 'department' | 'source') => {
    const seen = new Map<string, Path>();
    return (id: string, path: Path) => {
      const first = seen.get(id);
      if (first) issue([...path, 'id'], 'duplicate-id', { kind, id, other: toPointer([...first, 'id']) });
      else seen.set(id, path);
    };
  };
  const nodeIds = unique('node');
  const indicatorIds = unique('indicator');
  doc.levels.forEach((l, i) => unique('level')(l.id, ['levels', i]));
  (doc.scales ?? []).forEach((s, i) => unique('scale')(s.id, ['scales', i]));
  (doc.departments ?? []).forEach((d, i) => unique('department')(d.id, ['departments', i]));
  (doc.sources ?? []).forEach((s, i) => unique('source')(s.id, ['sources', i]));

  const checkDepartments = (refs: Ref[] | undefined, path: Path) =>
    refs?.forEach((r, i) => {
      if (r.id != null && !departments.has(r.id)) issue([...path, i, 'id'], 'unknown-ref', { kind: 'department', id: r.id });
    });
  const checkGrade = (a: AssessedValue | undefined, path: Path) => {
    if (a?.scale == null) return;
    const values = scales.get(a.scale);
    if (!values) issue([...path, 'scale'], 'unknown-ref', { kind: 'scale', id: a.scale });
    else if (a.value != null && !values.has(a.value))
      issue([...path, 'value'], 'unknown-grade', { scale: a.scale, value: a.value, allowed: [...values].join(' ') });
  };
  const checkIndicator = (ind: IndicatorLike, path: Path) => {
    indicatorIds(ind.id, path);
    checkDepartments(ind.departments, [...path, 'departments']);
    checkGrade(ind.trend, [...path, 'trend']);
    ind.series?.forEach((s, i) => checkGrade(s.trend, [...path, 'series', i, 'trend']));
    if (ind.source != null && !sources.has(ind.source)) issue([...path, 'source'], 'unknown-ref', { kind: 'source', id: ind.source });
  };

  const relists: [string, Path][] = [];
  // An explicit stack, not recursion: a hostile document nested thousands deep must not overflow.
  // Pushed in reverse so that pop() walks in document order and "the first" id is the earlier one.
  const allNodes = new Set<string>();
  const stack: [NodeLike, Path][] = doc.nodes.map((n, i): [NodeLike, Path] => [n, ['nodes', i]]).reverse();
  while (stack.length) {
    const [node, path] = stack.pop()!;
    nodeIds(node.id, path);
    allNodes.add(node.id);
    if (!levels.has(node.level)) issue([...path, 'level'], 'unknown-ref', { kind: 'level', id: node.level });
    if (node.relistOf != null) relists.push([node.relistOf, [...path, 'relistOf']]);
    if (node.source && !sources.has(node.source.source))
      issue([...path, 'source', 'source'], 'unknown-ref', { kind: 'source', id: node.source.source });
    checkDepartments(node.departments, [...path, 'departments']);
    node.indicators?.forEach((ind, i) => checkIndicator(ind, [...path, 'indicators', i]));
    node.assessments?.forEach((a, i) => {
      checkGrade(a, [...path, 'assessments', i]);
      checkDepartments(a.departments, [...path, 'assessments', i, 'departments']);
    });
    for (let i = (node.children?.length ?? 0) - 1; i >= 0; i--) stack.push([node.children![i]!, [...path, 'children', i]]);
  }
  doc.indicators?.forEach((ind, i) => checkIndicator(ind, ['indicators', i]));

  for (const [id, path] of relists) if (!allNodes.has(id)) issue(path, 'unknown-ref', { kind: 'node', id });
}
