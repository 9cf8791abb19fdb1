import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** The installed PGlite's version (its package.json is not among its exports). */
function pgliteVersion() {
  for (let dir = dirname(require.resolve('@electric-sql/pglite')); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    /** @type {unknown} */
    const parsed = JSON.parse(readFileSync(manifest, 'utf8'));
    const { name, version } = /** @type {{ name?: unknown; version?: unknown }} */ (parsed);
    if (name === '@electric-sql/pglite' && typeof version === 'string') return version;
  }
  throw new Error('cannot find the installed @electric-sql/pglite version');
}

/** Where the build keeps the embedded database's template: one per PGlite version. */
export function templateFile() {
  return join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', `pglite-template-${pgliteVersion()}.tar.gz`);
}
