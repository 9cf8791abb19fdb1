import type { DataSource } from 'typeorm';

/** The row count of every table of the application's schema, by table name. */
export async function tableCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const tables = await dataSource.query<{ name: string }[]>(
    `SELECT c.relname AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
      ORDER BY 1`,
  );
  if (tables.length === 0) throw new Error('the schema has no tables: counting them would prove nothing');
  const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const rows = await dataSource.query<{ name: string; n: number }[]>(
    tables
      .map(({ name }) => `SELECT '${name.replace(/'/g, "''")}' AS name, count(*)::int AS n FROM ${quoted(name)}`)
      .join(' UNION ALL '),
  );
  return Object.fromEntries(rows.map(({ name, n }) => [name, n]));
}
