import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../../config/app-config';
import { dataSourceOptions } from '../../database/data-source-options';
import { openDatabase } from '../../database/database';
import { findOrphans } from './evidence-orphans';
import { createEvidenceStore } from './storage/create-evidence-store';

/**
 * `npm run evidence:orphans`: lists the stored objects that no evidence item refers to, one per
 * line (`sha256 <tab> bytes <tab> stored at`), with the same configuration as the API. It reads
 * and changes nothing; removing an orphan, if wanted at all, is an operator's decision.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    const dataSource = new DataSource(dataSourceOptions(database));
    await dataSource.initialize();
    try {
      let count = 0;
      let bytes = 0;
      for await (const orphan of findOrphans(createEvidenceStore(config), dataSource)) {
        process.stdout.write(`${orphan.sha256}\t${orphan.size}\t${orphan.storedAt.toISOString()}\n`);
        count += 1;
        bytes += orphan.size;
      }
      process.stderr.write(`${count} orphaned object(s), ${bytes} bytes in all; nothing was changed\n`);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await database.embedded?.stop();
  }
}

main().then(
  // The S3 client keeps idle connections open; there is nothing left to wait for.
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  },
);
