// The bench's pure parts (scripts/bench-report.js) on exact inputs: a row beside its floor, a
// Chromium trace summed into scripting / style / layout / paint, a CPU profile's top functions.
// No timing is measured or asserted here.
//   node --test tests/build/bench-report.test.mjs
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compare, fmtMs, fmtTrace, largestKind, moduleLines, quantile, sampleWeights, selfTimeByOwner, summarizeTrace, topSelfTime } from '../../scripts/bench-report.js';

describe('compare', () => {
  test('prints value vs floor = ratio and says whether the ratio is within the goal', () => {
    assert.deepEqual(compare(237, 55, 1.5), { ratio: 237 / 55, within: false, text: '237 ms vs 55 ms = 4.31×' });
    assert.equal(compare(8, 4, 2).within, true, 'exactly the goal is within it');
    assert.equal(compare(8.1, 4, 2).within, false);
    assert.equal(compare(3.25, 43.5, 0.2).text, '3.3 ms vs 44 ms = 0.07×');
  });
  test('groups thousands and keeps one decimal below 10 ms', () => {
    assert.equal(fmtMs(1234.4), '1,234 ms');
    assert.equal(fmtMs(9.94), '9.9 ms');
  });
});

describe('summarizeTrace', () => {
  const main = { pid: 1, tid: 7 };
  const X = (name, ts, dur, at = main) => ({ ...at, ph: 'X', name, ts, dur });
  const events = [
    { pid: 1, tid: 7, ph: 'M', name: 'thread_name', args: { name: 'CrRendererMain' } },
    X('FunctionCall', 100, 400), // before the window: not counted
    { ...main, ph: 'R', name: 'bench:start', ts: 1000 },
    X('RunTask', 0, 6000), // the scheduler's own time is "other"
    X('FunctionCall', 1500, 1000),
    X('V8.DeoptimizeCode', 1600, 400), // a name not in the list counts as its parent's kind
    X('UpdateLayoutTree', 2500, 300),
    X('Layout', 3000, 500),
    X('Paint', 4000, 200),
    { ...main, ph: 'B', name: 'Layout', ts: 4300 },
    { ...main, ph: 'E', name: 'Layout', ts: 4400 },
    X('FunctionCall', 4800, 600), // cut at the end mark: 200 µs
    X('Layout', 2000, 5000, { pid: 2, tid: 9 }), // another thread
    { ...main, ph: 'R', name: 'bench:end', ts: 5000 },
  ];
  test('sums self time by kind between the marks, in ms', () => {
    assert.deepEqual(summarizeTrace(events), { scripting: 1.2, style: 0.3, layout: 0.6, paint: 0.2, other: 1.7 });
  });
  test('without marks, sums the whole trace of the busiest renderer main thread', () => {
    const unmarked = events.filter((e) => !e.name.startsWith('bench:'));
    assert.deepEqual(summarizeTrace(unmarked), { scripting: 2, style: 0.3, layout: 0.6, paint: 0.2, other: 2.9 });
  });
  test('names the kind with the most time and its share', () => {
    assert.equal(largestKind({ scripting: 323, style: 0.4, layout: 808, paint: 66, other: 12 }), 'layout 808 of 1,209 ms (67 %)');
  });
  test('prints per press when asked, other only from 1 ms', () => {
    assert.equal(fmtTrace({ scripting: 120.4, style: 12, layout: 8, paint: 3.14, other: 0.5 }), 'scripting 120 · style 12 · layout 8.0 · paint 3.1 ms');
    assert.equal(fmtTrace({ scripting: 40, style: 2, layout: 2, paint: 20, other: 40 }, 20), 'scripting 2.0 · style 0.1 · layout 0.1 · paint 1.0 · other 2.0 ms');
  });
});

describe('profiles', () => {
  const bundle = ['// node_modules/zod/v4/core.js', 'function parse() {}', '', '// src/core/format.ts', 'function draw() {}', 'function measure() {}'].join('\n');
  const fileOfLine = moduleLines(bundle);
  const fileOf = (url, line) => (url.endsWith('/bench-profile.js') ? fileOfLine(line) : undefined);
  const frame = (functionName, lineNumber, url = 'http://127.0.0.1/bench-profile.js') => ({ functionName, url, lineNumber, columnNumber: 0 });
  const profile = {
    nodes: [
      { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2, 3, 5] },
      { id: 2, callFrame: frame('draw', 4), children: [6] },
      { id: 3, callFrame: frame('parse', 1) },
      { id: 4, callFrame: frame('measure', 5) },
      { id: 5, callFrame: { functionName: '(garbage collector)', url: '', lineNumber: -1 }, children: [4] },
      { id: 6, callFrame: { functionName: 'appendChild', url: '', lineNumber: -1 } },
    ],
    samples: [2, 2, 3, 4, 6, 5, 1],
    timeDeltas: [0, 100, 200, 300, 400, 500, 600],
  };
  test('moduleLines names the module of each line of an unminified bundle', () => {
    assert.deepEqual([0, 1, 2, 3, 4, 5].map(fileOfLine), ['node_modules/zod/v4/core.js', 'node_modules/zod/v4/core.js', 'node_modules/zod/v4/core.js', 'src/core/format.ts', 'src/core/format.ts', 'src/core/format.ts']);
  });
  test('topSelfTime: our functions by self time, a sample lasting until the next', () => {
    const ours = (file) => file.startsWith('src/');
    assert.deepEqual(topSelfTime(profile, fileOf, ours), [
      { name: 'measure', file: 'src/core/format.ts', ms: 0.4 },
      { name: 'draw', file: 'src/core/format.ts', ms: 0.3 },
    ]);
    assert.deepEqual(topSelfTime(profile, fileOf, ours, 1).map((f) => f.name), ['measure']);
  });
  test('selfTimeByOwner: a built-in counts for its scripted caller', () => {
    assert.deepEqual(selfTimeByOwner(profile, fileOf), [
      { owner: 'ours', ms: 1.2 },
      { owner: '(garbage collector)', ms: 0.6 },
      { owner: 'zod', ms: 0.3 },
      { owner: '(root)', ms: 0 },
    ]);
  });
  test('a sample after a pause weighs at most ten usual samples', () => {
    // Deltas to the next sample: 100, 100, 100, 50000 (the renderer was not running), 100, 0.
    const paused = { samples: [2, 2, 2, 4, 2, 2], timeDeltas: [0, 100, 100, 100, 50000, 100] };
    assert.deepEqual(sampleWeights(paused), [100, 100, 100, 1000, 100, 0]);
    const top = topSelfTime({ ...profile, ...paused }, fileOf, (file) => file.startsWith('src/'));
    assert.deepEqual(top.map((f) => [f.name, f.ms]), [['measure', 1], ['draw', 0.4]]);
  });
  test('quantile takes the nearest rank below', () => {
    assert.equal(quantile([5, 1, 4, 2, 3], 0.95), 4);
    assert.equal(quantile([7], 0.95), 7);
  });
});
