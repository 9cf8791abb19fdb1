import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { GENESIS_HASH, hashAuditContent, type HashedAuditContent } from '../../src/audit/audit-hash';
import { SEQUENCER_LOCK_KEY } from '../../src/audit/audit-seals.repository';

/** 17 parameters a row: 2,000 rows stay well under PostgreSQL's 65,535 per statement. */
const ROWS_PER_INSERT = 2000;

const COLUMNS = `seq, id, occurred_at, actor_id, actor_role, action, entity_type, entity_id, case_id,
  before, after, metadata, reason, request_id, client_address, prev_hash, hash`;

const SUMMARY =
  'Telemetry shows bulk uploads of intercepted calls from the unit’s subscriptions; counsel asked for a full review. ';

/** A plausible edit of a case, with keys deliberately out of order as jsonb would give them back. */
function caseEdit(seq: number, caseId: string, actorId: string, prevHash: string): HashedAuditContent {
  return {
    seq,
    id: randomUUID(),
    occurredAt: new Date().toISOString(),
    actorId,
    actorRole: 'lead',
    action: 'case.updated',
    entityType: 'case',
    entityId: caseId,
    caseId,
    before: { title: `Storage misuse ${seq}`, severity: 'medium', summary: SUMMARY, tags: ['surveillance', 'cloud'] },
    after: { title: `Storage misuse ${seq}`, severity: 'critical', summary: `${SUMMARY}Escalated.`, version: seq },
    metadata: null,
    reason: 'Escalated after the press report and the counsel’s note',
    requestId: randomUUID(),
    clientAddress: '10.20.30.40',
    prevHash,
  };
}

/**
 * Appends `count` valid, already sealed events to the chain quickly: hashes computed here with the
 * sequencer's own function, one multi-row INSERT per 2,000 events, under the sequencer's lock, so
 * that the sequencer chains later events after them.
 */
export async function appendAuditEvents(dataSource: DataSource, count: number): Promise<{ lastSeq: number }> {
  const caseId = randomUUID();
  const actorId = randomUUID();
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [SEQUENCER_LOCK_KEY]);
    const [head] = await manager.query<{ seq: string; hash: string }[]>(
      'SELECT seq::text AS seq, hash FROM audit_events WHERE seq IS NOT NULL ORDER BY audit_events.seq DESC LIMIT 1',
    );
    let seq = head ? Number(head.seq) : 0;
    let prevHash = head?.hash ?? GENESIS_HASH;
    for (let written = 0; written < count; written += ROWS_PER_INSERT) {
      const params: unknown[] = [];
      const tuples: string[] = [];
      for (let i = 0; i < Math.min(ROWS_PER_INSERT, count - written); i++) {
        const event = caseEdit(++seq, caseId, actorId, prevHash);
        const hash = hashAuditContent(event);
        const values = [
          event.seq,
          event.id,
          event.occurredAt,
          event.actorId,
          event.actorRole,
          event.action,
          event.entityType,
          event.entityId,
          event.caseId,
          JSON.stringify(event.before),
          JSON.stringify(event.after),
          null,
          event.reason,
          event.requestId,
          event.clientAddress,
          event.prevHash,
          hash,
        ];
        tuples.push(`(${values.map((_, index) => `$${params.length + index + 1}`).join(', ')})`);
        params.push(...values);
        prevHash = hash;
      }
      await manager.query(`INSERT INTO audit_events (${COLUMNS}) VALUES ${tuples.join(', ')}`, params);
    }
    return { lastSeq: seq };
  });
}
