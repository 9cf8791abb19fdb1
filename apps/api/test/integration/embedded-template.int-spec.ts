import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded/embedded-postgres';

const run = promisify(execFile);

async function query<Row>(url: string, sql: string): Promise<Row[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as Row[];
  } finally {
    await client.end();
  }
}

describe('the embedded database template', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ethics-template-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('gives a new DATA_DIR a working cluster without initdb, kept across restarts', async () => {
    // What `npm run build` does; a no-op when the template of this PGlite version exists.
    await run(process.execPath, [join(__dirname, '../../bin/pglite-template.mjs')]);

    const first = await startEmbeddedPostgres(join(dataDir, 'pgdata'));
    try {
      expect(first.fromTemplate).toBe(true);
      await query(first.url, 'CREATE TABLE kept (note text); INSERT INTO kept VALUES ($$written on the first start$$)');
    } finally {
      await first.stop();
    }

    const second = await startEmbeddedPostgres(join(dataDir, 'pgdata'));
    try {
      expect(second.fromTemplate).toBe(false);
      await expect(query(second.url, 'SELECT note FROM kept')).resolves.toEqual([
        { note: 'written on the first start' },
      ]);
    } finally {
      await second.stop();
    }
  }, 120_000);
});
