/**
 * `npm run build`: compiles src/ and db/ to dist/ (tsconfig.build.json), then links the data the
 * code reads at run time into dist/, at the same relative place as beside the sources — so
 * `new URL('../../seeds', import.meta.url)` means the project's seeds/ both from src/catalog/ (tsx)
 * and from dist/src/catalog/ (node). Links, not copies: seeds and migrations stay one set of files.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
/** Run-time data the compiled code reads, relative to the project root. */
const ASSETS = ['seeds', 'public', 'openapi', 'db/migrations'];

rmSync(DIST, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
for (const asset of ASSETS) {
  const link = join(DIST, asset);
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(relative(dirname(link), join(ROOT, asset)), link);
}
console.log(`built dist/ (start with: node dist/src/server.js)`);
