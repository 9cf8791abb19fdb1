import type { DataSource } from 'typeorm';

/**
 * The statements TypeORM would run to make the schema match the entities.
 * Empty after all migrations have run, or the migrations have drifted.
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return log.upQueries.map((query) => query.query);
}
