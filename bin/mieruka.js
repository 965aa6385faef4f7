#!/usr/bin/env node
// The CLI is TypeScript bundled by `npm run prepare` (run by npm ci / npm install).
import { existsSync } from 'node:fs';
const built = new URL('../dist/cli/mieruka.js', import.meta.url);
if (!existsSync(built)) {
  console.error('mieruka: the CLI is not built yet; run `npm ci` (or `npm run prepare`) first.');
  process.exit(2);
}
const { run } = await import(built.href);
process.exitCode = await run(process.argv.slice(2), (s) => console.log(s), (s) => console.error(s));
