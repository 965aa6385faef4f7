// Issue #17: the repository stands alone. A newcomer clones it into an empty folder, so nothing
// tracked may read or name a path outside it: no sibling folder of the checkout, no absolute path
// of somebody's machine, no relative path that climbs above the repository's root.
//   node --test tests/build/stands-alone.test.mjs
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
// Generated or third-party text that names no path of ours; binary files are skipped by content.
const SKIP = new Set(['package-lock.json']);

/** Absolute paths that only exist on one machine (home folders, workspaces, temp checkouts). */
const MACHINE_PATH = /(?<![\w.:/-])(?:\/(?:work|home|root|Users|mnt|srv)\/[\w.-]+|[A-Z]:\\(?:Users|work)\\)/;
/** A relative path written out: one or more ../ followed by a name. */
const CLIMB = /(?<![\w./-])((?:\.\.\/)+)[\w@.-]+/g;

function outside(file, text) {
  const found = [];
  text.split('\n').forEach((line, i) => {
    const at = `${file}:${i + 1}`;
    if (/\.\.\/shared\b|shared\/seeds/.test(line)) found.push(`${at}: names the folder beside the checkout: ${line.trim()}`);
    const machine = MACHINE_PATH.exec(line);
    if (machine) found.push(`${at}: names a machine's absolute path ${machine[0]}`);
    for (const m of line.matchAll(CLIMB)) {
      const target = resolve(root, dirname(file), m[1]);
      const rel = relative(root, target);
      if (rel === '..' || rel.startsWith(`..${sep}`)) found.push(`${at}: ${m[0]} climbs out of the repository`);
    }
  });
  return found;
}

test('no tracked file refers to a path outside the repository', () => {
  const problems = [];
  for (const file of tracked) {
    if (SKIP.has(file)) continue;
    const bytes = readFileSync(join(root, file));
    if (bytes.includes(0)) continue; // binary (images, workbooks)
    problems.push(...outside(file, bytes.toString('utf8')));
  }
  assert.deepEqual(problems, []);
});

test('the check finds each kind of outside reference (so it cannot pass vacuously)', () => {
  // Spelt in pieces so that this file does not trip its own check.
  const up = '..' + '/';
  assert.equal(outside('web-test-runner.config.js', `resolve('${up}shared/texts')`).length >= 1, true);
  assert.equal(outside('scripts/x.js', `readFile('/${'work'}/main/data.json')`).length, 1);
  assert.equal(outside('tests/x.test.ts', `import '${up}${up}${up}elsewhere/x.js'`).length, 1);
  assert.deepEqual(outside('tests/examples/x.test.ts', "import '../../data-schema/index.js'"), []);
  assert.deepEqual(outside('README.md', `see https://example.jp/${'work'}/plan.json`), []);
});

test('the source texts of the example documents are in the repository, unchanged in name', () => {
  const sources = tracked.filter((f) => f.startsWith('data-schema/sources/koriyama/') && f.endsWith('.txt'));
  assert.deepEqual(sources.map((f) => f.split('/').pop()).sort(), [
    '000_7b7e01cdc4df4bb6.txt',
    '001_413f5a279a7b76a8.txt',
    '002_68c792b44f61db43.txt',
    '003_1302548af819a49b.txt',
  ]);
});
