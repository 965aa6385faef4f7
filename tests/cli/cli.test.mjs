// `mieruka validate` and `mieruka schema`, run as a user runs them: `node bin/mieruka.js …`.
// Run with `node --test tests/cli/`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'mieruka.js');

/** Runs the CLI; returns { status, stdout, stderr } with output split into lines. */
function mieruka(args, { input } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 30_000 });
  if (result.error) throw result.error;
  const lines = (s) => s.split('\n').filter((l) => l !== '');
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, out: lines(result.stdout), err: lines(result.stderr) };
}

const minimalDocument = () => ({
  schemaVersion: '1.0',
  id: 'test-doc',
  title: '郡山市行財政改革大綱2026実施計画',
  municipality: '郡山市',
  levels: [
    { id: 'goal', name: '重点推進目標' },
    { id: 'plan', name: '実施計画' },
  ],
  nodes: [{ id: 'g1', level: 'goal', title: '目標', children: [{ id: 'g1-p1', level: 'plan', title: '行政組織の見直し' }] }],
});

let dir;
const file = (name, content) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
};

describe('mieruka CLI', () => {
  let valid, invalid, warned, notJson;

  before(() => {
    execFileSync(process.execPath, ['scripts/build-cli.js'], { cwd: ROOT, stdio: 'inherit' });
    dir = mkdtempSync(join(tmpdir(), 'mieruka-cli-'));
    valid = file('valid.json', minimalDocument());
    const bad = minimalDocument();
    delete bad.title; // /title: required
    bad.asOf = '2024-13'; // /asOf: format
    bad.nodes[0].children[0].sdgs = ['18']; // /nodes/0/children/0/sdgs/0: format
    invalid = file('invalid.json', bad);
    const misspelt = minimalDocument();
    misspelt.nodes[0].indicater = [];
    warned = file('warned.json', misspelt);
    // A trailing comma: the parser reports it at the closing brace, line 4, column 1.
    notJson = file('not-json.json', '{\n  "a": 1,\n  "b": 2,\n}\n');
  });

  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe('validate', () => {
    it('a valid file → exit 0 and "FILE: OK" on stdout, nothing on stderr', () => {
      const r = mieruka(['validate', valid]);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(r.out, [`${valid}: OK`]);
      assert.match(r.stdout, /OK/);
      assert.equal(r.stderr, '');
    });

    it('an invalid file → exit 1, one line per problem: "FILE: /json/pointer: message"', () => {
      const r = mieruka(['validate', invalid]);
      assert.equal(r.status, 1, r.stderr);
      assert.deepEqual(r.out, [
        `${invalid}: /title: 必須の項目がありません`,
        `${invalid}: /asOf: 日付（YYYY、YYYY-MM、YYYY-MM-DD）の形式ではありません`,
        `${invalid}: /nodes/0/children/0/sdgs/0: SDGs のゴール・ターゲット番号（11、11.7、11.b など）の形式ではありません`,
      ]);
      for (const line of r.out) assert.match(line, /^.+: \/\S*: .+$/);
      assert.ok(!r.stdout.includes('OK'), 'no OK for an invalid file');
    });

    it('a problem at the root is shown with the path "/"', () => {
      const r = mieruka(['validate', file('array.json', '[]')]);
      assert.equal(r.status, 1);
      assert.equal(r.out.length, 1);
      assert.match(r.out[0], /array\.json: \/: /);
    });

    it('a missing file → exit 2, the file named on stderr', () => {
      const missing = join(dir, 'does-not-exist.json');
      const r = mieruka(['validate', missing]);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.equal(r.err.length, 1);
      assert.ok(r.err[0].startsWith(`${missing}: `), r.stderr);
      assert.match(r.err[0], /ENOENT/);
    });

    it('a file that is not JSON → exit 2 with FILE:LINE:COLUMN of the syntax error', () => {
      const r = mieruka(['validate', notJson]);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.equal(r.err.length, 1);
      assert.ok(r.err[0].startsWith(`${notJson}:4:1: `), r.stderr);
    });

    // V8 gives no position for "Unexpected token" errors; parseJson must find the place itself.
    it('an unquoted word in the middle of a file → FILE:LINE:COLUMN of that word', () => {
      const word = file('word.json', '{\n  "a": x,\n  "b": 1\n}');
      const r = mieruka(['validate', word]);
      assert.equal(r.status, 2);
      assert.ok(r.err[0].startsWith(`${word}:2:8: `), r.stderr);
    });

    it('a UTF-8 BOM at the start of a file is accepted', () => {
      const bom = file('bom.json', '\uFEFF' + JSON.stringify(minimalDocument()));
      const r = mieruka(['validate', bom]);
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.deepEqual(r.out, [`${bom}: OK`]);
    });

    it('an empty file → exit 2 at line 1, column 1', () => {
      const empty = file('empty.json', '');
      const r = mieruka(['validate', empty]);
      assert.equal(r.status, 2);
      assert.ok(r.err[0].startsWith(`${empty}:1:1: `), r.stderr);
    });

    describe('several files → the worst exit code, every file reported', () => {
      it('valid + valid → 0', () => {
        const r = mieruka(['validate', valid, valid]);
        assert.equal(r.status, 0);
        assert.deepEqual(r.out, [`${valid}: OK`, `${valid}: OK`]);
      });

      it('valid + invalid → 1', () => {
        const r = mieruka(['validate', invalid, valid]);
        assert.equal(r.status, 1);
        assert.equal(r.out.length, 4);
        assert.equal(r.out.at(-1), `${valid}: OK`);
      });

      it('not JSON + invalid + valid → 2, and the later files are still checked', () => {
        const r = mieruka(['validate', notJson, invalid, valid]);
        assert.equal(r.status, 2);
        assert.equal(r.out.filter((l) => l.startsWith(`${invalid}: /`)).length, 3);
        assert.ok(r.out.includes(`${valid}: OK`));
        assert.ok(r.err.some((l) => l.startsWith(`${notJson}:4:1`)));
      });

      it('invalid + missing → 2', () => {
        const r = mieruka(['validate', invalid, join(dir, 'nope.json')]);
        assert.equal(r.status, 2);
      });
    });

    describe('stdin', () => {
      it('"-" reads a valid document from stdin', () => {
        const r = mieruka(['validate', '-'], { input: JSON.stringify(minimalDocument()) });
        assert.equal(r.status, 0, r.stderr);
        assert.deepEqual(r.out, ['-: OK']);
      });

      it('"-" with an invalid document → exit 1, lines named "-"', () => {
        const doc = minimalDocument();
        doc.schemaVersion = '2.0';
        const r = mieruka(['validate', '-'], { input: JSON.stringify(doc) });
        assert.equal(r.status, 1);
        assert.equal(r.out.length, 1);
        assert.ok(r.out[0].startsWith('-: /schemaVersion: '), r.stdout);
      });

      it('"-" with text that is not JSON → exit 2 with -:LINE:COLUMN', () => {
        const r = mieruka(['validate', '-'], { input: '[1,\n2' });
        assert.equal(r.status, 2);
        assert.ok(r.err[0].startsWith('-:2:2: '), r.stderr);
      });
    });

    describe('--lang', () => {
      it('--lang en gives English messages', () => {
        const r = mieruka(['validate', '--lang', 'en', invalid]);
        assert.equal(r.status, 1);
        assert.deepEqual(r.out, [
          `${invalid}: /title: Required field is missing`,
          `${invalid}: /asOf: Not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)`,
          `${invalid}: /nodes/0/children/0/sdgs/0: Not a valid SDGs goal or target code (11, 11.7, 11.b …)`,
        ]);
      });

      it('--lang=en after the files works too; not-JSON is in English', () => {
        const r = mieruka(['validate', notJson, '--lang=en']);
        assert.equal(r.status, 2);
        assert.equal(r.err[0], `${notJson}:4:1: not valid JSON`);
      });

      it('an unknown language → exit 2', () => {
        const r = mieruka(['validate', '--lang', 'fr', valid]);
        assert.equal(r.status, 2);
        assert.equal(r.stdout, '');
        assert.notEqual(r.stderr, '');
      });
    });

    describe('warnings', () => {
      it('go to stderr and do not change the exit code', () => {
        const r = mieruka(['validate', warned]);
        assert.equal(r.status, 0);
        assert.deepEqual(r.out, [`${warned}: OK`]);
        assert.deepEqual(r.err, [`${warned}: /nodes/0/indicater: 警告: 不明な項目「indicater」（「indicators」の誤りではありませんか）`]);
      });

      it('in English with --lang en', () => {
        const r = mieruka(['validate', '--lang', 'en', warned]);
        assert.equal(r.status, 0);
        assert.deepEqual(r.err, [`${warned}: /nodes/0/indicater: warning: Unknown key "indicater" (did you mean "indicators"?)`]);
      });

      it('beside errors, errors on stdout and warnings on stderr; exit 1', () => {
        const doc = minimalDocument();
        doc.nodes[0].indicater = [];
        doc.asOf = '2024-13';
        const both = file('both.json', doc);
        const r = mieruka(['validate', both]);
        assert.equal(r.status, 1);
        assert.deepEqual(r.out.map((l) => l.split(': ')[1]), ['/asOf']);
        assert.deepEqual(r.err.map((l) => l.split(': ')[1]), ['/nodes/0/indicater']);
      });
    });

    it('validate without a file → exit 2', () => {
      const r = mieruka(['validate']);
      assert.equal(r.status, 2);
      assert.notEqual(r.stderr, '');
    });
  });

  describe('schema', () => {
    it('prints exactly the committed data-schema/mieruka.schema.json (modulo the final newline)', () => {
      const r = mieruka(['schema']);
      assert.equal(r.status, 0, r.stderr);
      const committed = readFileSync(join(ROOT, 'data-schema', 'mieruka.schema.json'), 'utf8');
      assert.equal(
        r.stdout.replace(/\n$/, ''),
        committed.replace(/\n$/, ''),
        'data-schema/mieruka.schema.json differs from `mieruka schema`: run `npm run schema`',
      );
    });

    it('prints JSON that parses, with a versioned $id', () => {
      const schema = JSON.parse(mieruka(['schema']).stdout);
      assert.match(schema.$id, /\/v1\//);
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    });
  });

  describe('usage', () => {
    it('an unknown command → exit 2, usage on stderr', () => {
      const r = mieruka(['frobnicate']);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /validate/);
    });

    it('no command → usage on stdout, exit 0', () => {
      const r = mieruka([]);
      assert.equal(r.status, 0);
      assert.match(r.stdout, /mieruka validate/);
    });

    it('--help in English with --lang en', () => {
      const r = mieruka(['--help', '--lang', 'en']);
      assert.equal(r.status, 0);
      assert.match(r.stdout, /Usage/);
    });
  });
});

describe('the README', () => {
  it('its example document (## The data) validates with no warning, and names real seed figures', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## The data'));
    const block = /```json\n([\s\S]*?)```/.exec(section)?.[1];
    assert.ok(block, 'no ```json block under ## The data');
    const dir = mkdtempSync(join(tmpdir(), 'mieruka-readme-'));
    try {
      const file = join(dir, 'readme.json');
      writeFileSync(file, block);
      const r = mieruka(['validate', file]);
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.doesNotMatch(r.stdout + r.stderr, /warning|警告/i);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // The excerpt's values are the transcription's (data-schema/examples/small-report.json).
    const report = JSON.parse(readFileSync(join(ROOT, 'data-schema/examples/small-report.json'), 'utf8'));
    const excerpt = JSON.parse(block).nodes[0].indicators[0];
    const source = report.nodes.find((n) => n.id === 'p1').indicators.find((k) => k.id === excerpt.id);
    for (const o of excerpt.observations) assert.deepEqual(o, source.observations.find((s) => s.fiscalYear === o.fiscalYear));
    assert.deepEqual(excerpt.target, source.target);
  });
});
