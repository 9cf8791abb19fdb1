import type { EntityManager } from 'typeorm';

/** A join table: which column holds the owner's id and which the id it links to. Names from code only. */
export interface LinkTable {
  table: string;
  owner: string;
  target: string;
}

/**
 * The ids each of `ownerIds` links to through `link`, read in one query for them all; an owner
 * without links gets an empty list.
 */
export async function linkedIds(
  manager: EntityManager,
  link: LinkTable,
  ownerIds: string[],
): Promise<(ownerId: string) => string[]> {
  const byOwner = new Map<string, string[]>();
  if (ownerIds.length > 0) {
    const rows = await manager.query<{ owner: string; target: string }[]>(
      `SELECT ${link.owner} AS owner, ${link.target} AS target FROM ${link.table} WHERE ${link.owner} = ANY($1::uuid[])`,
      [ownerIds],
    );
    for (const row of rows) byOwner.set(row.owner, [...(byOwner.get(row.owner) ?? []), row.target]);
  }
  return (ownerId) => byOwner.get(ownerId) ?? [];
}
