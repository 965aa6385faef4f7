// dist/wordpress/mieruka.zip: the WordPress plugin (integrations/wordpress/mieruka/) with a copy
// of dist/cdn/ inside as cdn/, and its Japanese strings compiled from languages/*.po to .mo.
// An administrator uploads the zip through Plugins → Add New → Upload Plugin.
// Run by scripts/build.js after the bundles; `node scripts/build-wordpress.js` alone rebuilds
// the zip from what dist/cdn/ holds.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PLUGIN_DIR = join(root, 'integrations/wordpress/mieruka');
export const PLUGIN_ZIP = join(root, 'dist/wordpress/mieruka.zip');
/** A fixed date for every entry, so that the same sources give the same zip. */
const MTIME = new Date('2026-01-01T00:00:00Z');

async function listFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out.sort();
}

/** Reads a .po file's entries (msgid → msgstr; no plurals or contexts, which the plugin has none of). */
export function parsePo(text) {
  const entries = new Map();
  let current = null;
  let field = null;
  const unquote = (s) => JSON.parse(s.replace(/\\(?!["\\nt])/g, '\\\\'));
  const flush = () => {
    if (current && current.msgstr !== '') entries.set(current.msgid, current.msgstr);
    current = null;
  };
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const m = /^(msgid|msgstr)\s+(".*")$/.exec(trimmed);
    if (m) {
      if (m[1] === 'msgid') {
        flush();
        current = { msgid: '', msgstr: '' };
      }
      if (!current) throw new Error(`.po: msgstr without msgid: ${trimmed}`);
      field = m[1];
      current[field] += unquote(m[2]);
    } else if (trimmed.startsWith('"') && current && field) {
      current[field] += unquote(trimmed);
    } else {
      throw new Error(`.po: cannot read the line: ${trimmed}`);
    }
  }
  flush();
  return entries;
}

/** A GNU .mo file (little-endian, no hash table) from msgid → msgstr. */
export function compileMo(entries) {
  const keys = [...entries.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const ids = keys.map((k) => Buffer.from(k, 'utf8'));
  const strs = keys.map((k) => Buffer.from(entries.get(k), 'utf8'));
  const n = keys.length;
  const headerSize = 28;
  const tables = headerSize + 16 * n;
  let offset = tables;
  const place = (buffers) =>
    buffers.map((b) => {
      const at = offset;
      offset += b.length + 1;
      return [b.length, at];
    });
  const idPlaces = place(ids);
  const strPlaces = place(strs);
  const out = Buffer.alloc(offset);
  out.writeUInt32LE(0x950412de, 0);
  out.writeUInt32LE(0, 4);
  out.writeUInt32LE(n, 8);
  out.writeUInt32LE(headerSize, 12);
  out.writeUInt32LE(headerSize + 8 * n, 16);
  out.writeUInt32LE(0, 20);
  out.writeUInt32LE(tables, 24);
  idPlaces.forEach(([len, at], i) => {
    out.writeUInt32LE(len, headerSize + 8 * i);
    out.writeUInt32LE(at, headerSize + 8 * i + 4);
    ids[i].copy(out, at);
  });
  strPlaces.forEach(([len, at], i) => {
    out.writeUInt32LE(len, headerSize + 8 * n + 8 * i);
    out.writeUInt32LE(at, headerSize + 8 * n + 8 * i + 4);
    strs[i].copy(out, at);
  });
  return out;
}

export async function buildWordPressPlugin() {
  const cdn = join(root, 'dist/cdn');
  if (!existsSync(join(cdn, 'mieruka.js'))) throw new Error('dist/cdn/mieruka.js is missing: run npm run build');
  const files = {};
  const add = (name, data) => (files[`mieruka/${name}`] = [new Uint8Array(data), { mtime: MTIME }]);
  for (const path of await listFiles(PLUGIN_DIR)) {
    const name = relative(PLUGIN_DIR, path).split(sep).join('/');
    const data = await readFile(path);
    add(name, data);
    if (name.endsWith('.po')) add(name.replace(/\.po$/, '.mo'), compileMo(parsePo(data.toString('utf8'))));
  }
  for (const path of await listFiles(cdn)) add(`cdn/${relative(cdn, path).split(sep).join('/')}`, await readFile(path));
  await mkdir(dirname(PLUGIN_ZIP), { recursive: true });
  await writeFile(PLUGIN_ZIP, zipSync(files, { level: 9 }));
  return PLUGIN_ZIP;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(relative(root, await buildWordPressPlugin()));
}
