#!/usr/bin/env node
// Writes a migration with the statements that bring a database (migrated to the
// latest migration) in line with the entities, for a developer to complete by
// hand (triggers, GIN indexes) before committing. Needs a build (`tsc -b`).
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/scratch node scripts/new-migration.cjs AddThing
require('reflect-metadata');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { DataSource } = require('typeorm');
const { dataSourceOptions } = require('../dist/database/data-source-options.js');

async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('usage: new-migration.cjs PascalCaseName');
  const dataSource = new DataSource(dataSourceOptions({ url: process.env.DATABASE_URL, poolSize: 2 }));
  await dataSource.initialize();
  await dataSource.runMigrations();
  const log = await dataSource.driver.createSchemaBuilder().log();
  await dataSource.destroy();
  const timestamp = Date.now();
  const lines = (queries) => queries.map((q) => `    await queryRunner.query(${JSON.stringify(q.query)});`).join('\n');
  const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(log.upQueries)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines(log.downQueries.reverse())}
  }
}
`;
  const file = join(__dirname, '../src/database/migrations', `${timestamp}-${name}.ts`);
  writeFileSync(file, source);
  console.log(`wrote ${file} (${log.upQueries.length} statements)`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
