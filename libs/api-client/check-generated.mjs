// Fails when src/schema.d.ts is not what openapi-typescript makes of openapi.json,
// i.e. when someone edited the generated client or forgot to regenerate it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve('openapi-typescript/package.json')), 'bin/cli.js');
const fresh = join(mkdtempSync(join(tmpdir(), 'api-client-')), 'schema.d.ts');
execFileSync(process.execPath, [cli, join(here, 'openapi.json'), '--output', fresh], { stdio: 'ignore' });
if (readFileSync(fresh, 'utf8') !== readFileSync(join(here, 'src/schema.d.ts'), 'utf8')) {
  console.error('libs/api-client/src/schema.d.ts is out of date: run `npm run generate -w libs/api-client`');
  process.exit(1);
}
console.log('api client matches the OpenAPI document');
