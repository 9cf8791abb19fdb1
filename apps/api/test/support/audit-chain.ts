import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GENESIS_HASH, hashAuditContent, type HashedAuditContent } from '../../src/audit/audit-hash';
import { AuditSequencer } from '../../src/audit/audit-sequencer.service';

interface EventRow {
  seq: string;
  id: string;
  occurred_at: Date;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  case_id: string | null;
  before: HashedAuditContent['before'];
  after: HashedAuditContent['after'];
  metadata: HashedAuditContent['metadata'];
  reason: string | null;
  request_id: string | null;
  client_address: string | null;
  prev_hash: string;
  hash: string;
}

/**
 * Has the app seal what is committed, then re-walks the whole chain from the database,
 * independently of the application's code paths. An event left unsealed is a problem too.
 */
export async function chainProblems(app: INestApplicationContext): Promise<string[]> {
  await app.get(AuditSequencer).sealCommitted();
  const dataSource = app.get(DataSource);
  const rows = await dataSource.query<EventRow[]>('SELECT * FROM audit_events WHERE seq IS NOT NULL ORDER BY seq');
  const [{ unsealed }] = await dataSource.query<{ unsealed: number }[]>(
    'SELECT count(*)::int AS unsealed FROM audit_events WHERE seq IS NULL',
  );
  const problems: string[] = unsealed > 0 ? [`${unsealed} events unsealed`] : [];
  let previous = GENESIS_HASH;
  rows.forEach((row, index) => {
    if (Number(row.seq) !== index + 1) problems.push(`gap before ${row.seq}`);
    if (row.prev_hash !== previous) problems.push(`broken link at ${row.seq}`);
    const recomputed = hashAuditContent({
      seq: Number(row.seq),
      id: row.id,
      occurredAt: new Date(row.occurred_at).toISOString(),
      actorId: row.actor_id,
      actorRole: row.actor_role,
      action: row.action,
      entityType: row.entity_type,
      entityId: row.entity_id,
      caseId: row.case_id,
      before: row.before,
      after: row.after,
      metadata: row.metadata,
      reason: row.reason,
      requestId: row.request_id,
      clientAddress: row.client_address,
      prevHash: row.prev_hash,
    });
    if (recomputed !== row.hash) problems.push(`hash mismatch at ${row.seq}`);
    previous = row.hash;
  });
  return problems;
}
