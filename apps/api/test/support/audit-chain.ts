import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GENESIS_HASH, hashAuditContent } from '../../src/audit/audit-hash';
import { AuditSequencer } from '../../src/audit/audit-sequencer.service';
import { storedContent, type StoredEventRow } from './stored-audit-event';

/**
 * Has the app seal what is committed, then re-walks the whole chain from the database,
 * independently of the application's code paths. An event left unsealed is a problem too.
 */
export async function chainProblems(app: INestApplicationContext): Promise<string[]> {
  await app.get(AuditSequencer).sealCommitted();
  const dataSource = app.get(DataSource);
  const rows = await dataSource.query<StoredEventRow[]>(
    'SELECT * FROM audit_events WHERE seq IS NOT NULL ORDER BY seq',
  );
  const [{ unsealed }] = await dataSource.query<{ unsealed: number }[]>(
    'SELECT count(*)::int AS unsealed FROM audit_events WHERE seq IS NULL',
  );
  const problems: string[] = unsealed > 0 ? [`${unsealed} events unsealed`] : [];
  let previous = GENESIS_HASH;
  rows.forEach((row, index) => {
    if (Number(row.seq) !== index + 1) problems.push(`gap before ${row.seq}`);
    if (row.prev_hash !== previous) problems.push(`broken link at ${row.seq}`);
    const recomputed = hashAuditContent(storedContent(row));
    if (recomputed !== row.hash) problems.push(`hash mismatch at ${row.seq}`);
    previous = row.hash;
  });
  return problems;
}
