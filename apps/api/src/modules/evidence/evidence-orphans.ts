import type { DataSource } from 'typeorm';
import type { EvidenceStore, StoredObject } from './storage/evidence-store';

/** Hashes looked up in one query: small enough for any bucket listing page, large enough to be quick. */
const BATCH = 500;

/**
 * Objects the store holds that no evidence item with stored content refers to. They are left
 * when the bytes were stored but recording the item then failed (a refused field, a database
 * outage) and are harmless: the next upload of the same bytes reuses them. An object stored
 * moments ago may belong to an upload still being recorded; `storedAt` tells them apart.
 */
export async function* findOrphans(store: EvidenceStore, dataSource: DataSource): AsyncIterable<StoredObject> {
  let batch: StoredObject[] = [];
  for await (const object of store.list()) {
    batch.push(object);
    if (batch.length === BATCH) {
      yield* await unreferenced(dataSource, batch);
      batch = [];
    }
  }
  if (batch.length > 0) yield* await unreferenced(dataSource, batch);
}

async function unreferenced(dataSource: DataSource, objects: StoredObject[]): Promise<StoredObject[]> {
  const rows = await dataSource.query<{ sha256: string }[]>(
    'SELECT DISTINCT sha256 FROM evidence WHERE has_content AND sha256 = ANY($1)',
    [objects.map((object) => object.sha256)],
  );
  const referenced = new Set(rows.map((row) => row.sha256));
  return objects.filter((object) => !referenced.has(object.sha256));
}
