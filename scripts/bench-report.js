// The pure parts of `npm run bench` (scripts/bench.js): formatting a row beside its floor, summing
// a Chromium trace into scripting / style / layout / paint, and naming the functions a CPU profile
// spent its self time in. No browser and no clock here, so tests/build/bench-report.test.mjs can
// check them on exact inputs.

/** Milliseconds as the table prints them: one decimal below 10 ms, whole and grouped above. */
export const fmtMs = (x) => `${x < 10 ? x.toFixed(1) : Math.round(x).toLocaleString('en')} ms`;
export const fmtMb = (b) => `${(b / 1024 / 1024).toFixed(1)} MB`;
export const fmtRatio = (r) => `${r.toFixed(2)}×`;

/**
 * A measure beside its floor: `value vs floor = ratio`, and whether the ratio is within the goal
 * (at most `goal` times the floor). The ratio is computed from the unrounded figures.
 */
export function compare(value, floor, goal) {
  const ratio = value / floor;
  return { ratio, within: ratio <= goal, text: `${fmtMs(value)} vs ${fmtMs(floor)} = ${fmtRatio(ratio)}` };
}

/** What the trace's main-thread events count as (the DevTools Performance panel's grouping). */
const KIND = new Map([
  ...[
    'EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'v8.produceCache', 'v8.produceModuleCache',
    'CompileScript', 'CompileModule', 'EvaluateModule', 'FunctionCall', 'V8.Execute', 'v8.callFunction', 'v8.run',
    'TimerFire', 'TimerInstall', 'EventDispatch', 'FireAnimationFrame', 'RequestAnimationFrame', 'RunMicrotasks',
    'V8.RunMicrotasks', 'FireIdleCallback', 'XHRReadyStateChange', 'XHRLoad', 'MajorGC', 'MinorGC', 'GCEvent',
    'BlinkGC.AtomicPhase', 'V8.GCFinalizeMC', 'V8.GCScavenger', 'V8.GC_MC_BACKGROUND_MARKING', 'ParseHTML', 'JSFrame',
  ].map((n) => [n, 'scripting']),
  ...['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet', 'ScheduleStyleRecalculation', 'InvalidateLayout'].map((n) => [n, 'style']),
  ...['Layout', 'UpdateLayer', 'ScrollLayer', 'IntersectionObserverController::computeIntersections', 'ComputeIntersections'].map((n) => [n, 'layout']),
  ...['PrePaint', 'Paint', 'PaintImage', 'PaintSetup', 'UpdateLayerTree', 'Layerize', 'Commit', 'CompositeLayers', 'Decode Image', 'RasterTask'].map((n) => [n, 'paint']),
]);
export const TRACE_KINDS = ['scripting', 'style', 'layout', 'paint', 'other'];

/** The renderer main thread to sum: the one that emitted the `bench:start` mark, else the busiest CrRendererMain. */
function mainThread(events) {
  const mark = events.find((e) => e.name === 'bench:start');
  if (mark) return `${mark.pid}:${mark.tid}`;
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const busy = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (mains.has(key) && e.ph === 'X') busy.set(key, (busy.get(key) ?? 0) + (e.dur ?? 0));
  }
  return [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Sums a trace's main-thread time into scripting / style / layout / paint / other, in ms, between
 * the `bench:start` and `bench:end` marks (the whole trace when they are absent). Each event
 * counts its self time (its duration less its children's) under its own kind, or its nearest
 * ancestor's when its name is not one of KIND's; idle time is in no event and counts nowhere.
 * Complete events (ph X) and begin/end pairs (ph B/E) are read.
 */
export function summarizeTrace(events) {
  const thread = mainThread(events);
  const start = events.find((e) => e.name === 'bench:start')?.ts ?? -Infinity;
  const end = events.find((e) => e.name === 'bench:end' && e.ts >= start)?.ts ?? Infinity;
  const spans = [];
  const open = [];
  for (const e of events) {
    if (`${e.pid}:${e.tid}` !== thread) continue;
    if (e.ph === 'X' && typeof e.dur === 'number') spans.push({ name: e.name, ts: e.ts, end: e.ts + e.dur });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const b = open.pop();
      if (b) spans.push({ name: b.name, ts: b.ts, end: e.ts });
    }
  }
  spans.sort((a, b) => a.ts - b.ts || b.end - a.end);
  const out = Object.fromEntries(TRACE_KINDS.map((k) => [k, 0]));
  const stack = [];
  const clip = (s) => Math.max(0, Math.min(s.end, end) - Math.max(s.ts, start));
  const close = (s) => {
    out[s.kind] += Math.max(0, clip(s) - s.children);
  };
  for (const s of spans) {
    while (stack.length && stack.at(-1).end <= s.ts) close(stack.pop());
    const parent = stack.at(-1);
    s.kind = KIND.get(s.name) ?? parent?.kind ?? 'other';
    s.children = 0;
    if (parent) parent.children += clip(s);
    stack.push(s);
  }
  while (stack.length) close(stack.pop());
  for (const k of TRACE_KINDS) out[k] /= 1000; // µs → ms
  return out;
}

/** `scripting 120 · style 12 · layout 8.0 · paint 3.1 ms` (other left out when below 1 ms). */
export function fmtTrace(t, per = 1) {
  const n = (x) => (x / per < 10 ? (x / per).toFixed(1) : Math.round(x / per).toLocaleString('en'));
  const parts = ['scripting', 'style', 'layout', 'paint'].map((k) => `${k} ${n(t[k])}`);
  if (t.other / per >= 1) parts.push(`other ${n(t.other)}`);
  return `${parts.join(' · ')} ms`;
}

/** The kind a trace spent most in: `layout 808 of 1,209 ms (67 %)`. */
export function largestKind(t) {
  const total = TRACE_KINDS.reduce((sum, k) => sum + t[k], 0);
  const [kind, ms] = TRACE_KINDS.map((k) => [k, t[k]]).sort((a, b) => b[1] - a[1])[0];
  const n = (x) => Math.round(x).toLocaleString('en');
  return `${kind} ${n(ms)} of ${n(total)} ms (${total ? Math.round((100 * ms) / total) : 0} %)`;
}

/**
 * The source file of each line of an unminified esbuild bundle, read from the `// path` comment
 * esbuild writes before each module: `fileOfLine(n)` for a 0-based line number.
 */
export function moduleLines(bundleText) {
  const starts = [];
  bundleText.split('\n').forEach((text, line) => {
    const m = /^\/\/ ((?:src|data-schema|bench|tests|node_modules)\/\S+\.[cm]?[jt]s)$/.exec(text);
    if (m) starts.push([line, m[1]]);
  });
  return (line) => {
    let file;
    for (const [at, f] of starts) {
      if (at > line) break;
      file = f;
    }
    return file;
  };
}

/**
 * Each sample's weight in µs: the delta to the next sample, but at most ten times the usual (median)
 * delta. On a loaded machine the renderer is sometimes not running at all; the sample after such a
 * pause carries the whole pause, which the function it caught did not spend.
 */
export function sampleWeights(profile) {
  const { samples = [], timeDeltas = [] } = profile;
  const deltas = samples.map((_, i) => timeDeltas[i + 1] ?? 0);
  const positive = deltas.filter((d) => d > 0).sort((a, b) => a - b);
  const cap = positive.length ? 10 * positive[positive.length >> 1] : 0;
  return deltas.map((d) => Math.min(d, cap));
}

/**
 * The functions a CDP Profiler profile spent the most self time in, among those `keep(file)`
 * accepts: `[{ name, file, ms }]`, most first. A sample weighs as sampleWeights says.
 */
export function topSelfTime(profile, fileOf, keep, count = 5) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const { samples = [] } = profile;
  const weights = sampleWeights(profile);
  for (let i = 0; i < samples.length; i++) self.set(samples[i], (self.get(samples[i]) ?? 0) + weights[i]);
  const total = new Map();
  for (const [id, us] of self) {
    const f = byId.get(id)?.callFrame;
    if (!f || !f.url) continue;
    const file = fileOf(f.url, f.lineNumber);
    if (!file || !keep(file)) continue;
    const name = f.functionName || '(anonymous)';
    const key = `${name}\u0000${file}`;
    const had = total.get(key) ?? { name, file, us: 0 };
    had.us += us;
    total.set(key, had);
  }
  return [...total.values()]
    .map(({ name, file, us }) => ({ name, file, ms: us / 1000 }))
    .sort((a, b) => b.ms - a.ms || a.name.localeCompare(b.name))
    .slice(0, count);
}

/** Who a profiled file belongs to: ours (src/, data-schema/), a package of node_modules, or the bench. */
export function ownerOf(file) {
  if (!file) return 'browser and V8 (no script)';
  if (file.startsWith('src/') || file.startsWith('data-schema/')) return 'ours';
  const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  return m ? m[1] : 'bench page';
}

/**
 * A profile's self time by owner (see ownerOf), in ms, most first. A built-in with no script of
 * its own (a DOM call, JSON.parse) counts for the nearest caller that has one; V8's own nodes
 * ((garbage collector), (program)) by their names; (idle) is left out.
 */
export function selfTimeByOwner(profile, fileOf) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const owners = new Map();
  const ownerOfNode = (id) => {
    if (owners.has(id)) return owners.get(id);
    const f = byId.get(id)?.callFrame;
    let owner;
    if (f?.url) owner = ownerOf(fileOf(f.url, f.lineNumber));
    else if (f && /^\(.*\)$/.test(f.functionName)) owner = f.functionName;
    else owner = parent.has(id) ? ownerOfNode(parent.get(id)) : ownerOf(undefined);
    owners.set(id, owner);
    return owner;
  };
  const out = new Map();
  const { samples = [] } = profile;
  const weights = sampleWeights(profile);
  for (let i = 0; i < samples.length; i++) {
    const owner = ownerOfNode(samples[i]);
    if (owner === '(idle)') continue;
    out.set(owner, (out.get(owner) ?? 0) + weights[i]);
  }
  return [...out].sort((a, b) => b[1] - a[1]).map(([owner, us]) => ({ owner, ms: us / 1000 }));
}

/** The p-th quantile (0–1) of a list, nearest rank below: what the key-press rows print as p95. */
export function quantile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(p * (s.length - 1))];
}
