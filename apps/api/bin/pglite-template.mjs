// Builds the embedded database's template: a freshly initialised PGlite cluster, packed.
// Initialising a cluster (initdb, in WebAssembly) is most of a first start's time, and its
// result is the same on every machine for one PGlite version, so `npm run build` does it once
// and a first start unpacks it instead. Migrations and the demo seed still run at start.
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { templateFile } from './pglite-template-file.mjs';

const target = templateFile();
if (existsSync(target)) process.exit(0);

const scratch = mkdtempSync(join(tmpdir(), 'ethics-pglite-template-'));
try {
  const db = await PGlite.create({ dataDir: join(scratch, 'pgdata') });
  const packed = Buffer.from(await (await db.dumpDataDir('gzip')).arrayBuffer());
  await db.close();
  // Written aside and renamed, so that a start never reads half a template.
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.${process.pid}.partial`;
  writeFileSync(partial, packed);
  renameSync(partial, target);
  console.log(`embedded database template: ${target} (${Math.round(packed.length / 1024)} KB)`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
