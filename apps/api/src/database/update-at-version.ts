import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { pinnedDate } from '../common/clock';

/**
 * Optimistic concurrency: writes `changes` and bumps the version only while the row is still at
 * `version`, so that of two writers who read the same version exactly one wins. False when the row
 * has moved on (or does not exist): the caller decides whether that is a conflict. The row's
 * update date is the database's time, or the date the work is pinned at (the demo story).
 */
export async function updateAtVersion<Entity extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<Entity>,
  id: string,
  version: number,
  changes: QueryDeepPartialEntity<Entity>,
): Promise<boolean> {
  const pinned = pinnedDate();
  const updateDate = manager.connection.getMetadata(target).updateDateColumn;
  const dated = pinned && updateDate ? { [updateDate.propertyName]: pinned } : {};
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...dated, ...changes, version: () => 'version + 1' })
    .where('id = :id AND version = :version', { id, version })
    .execute();
  return (result.affected ?? 0) === 1;
}
