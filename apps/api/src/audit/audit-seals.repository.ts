import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TEXT_COLUMNS, toExportedEvent, type AuditEventTextRow } from './audit-event-row';
import type { HashedAuditContent } from './audit-hash';

/** The place in the chain the sequencer gives an event. */
export interface Seal {
  id: string;
  seq: number;
  prevHash: string;
  hash: string;
}

/** Key of the transaction-scoped advisory lock held by whichever process is sealing. */
export const SEQUENCER_LOCK_KEY = 4_242_001;

/** The sequencer's SQL: who holds the pen, where the chain ends, what waits, and the seal itself. */
@Injectable()
export class AuditSealsRepository {
  /** True when this transaction now holds the sequencer's lock; `wait` blocks until it does. */
  async takeSequencerLock(manager: EntityManager, wait: boolean): Promise<boolean> {
    if (wait) {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEQUENCER_LOCK_KEY]);
      return true;
    }
    const [row] = await manager.query<{ locked: boolean }[]>('SELECT pg_try_advisory_xact_lock($1) AS locked', [
      SEQUENCER_LOCK_KEY,
    ]);
    return row.locked;
  }

  async sealedHead(manager: EntityManager): Promise<{ seq: number; hash: string } | null> {
    const [row] = await manager.query<{ seq: string; hash: string }[]>(
      'SELECT seq::text AS seq, hash FROM audit_events WHERE seq IS NOT NULL ORDER BY audit_events.seq DESC LIMIT 1',
    );
    return row ? { seq: Number(row.seq), hash: row.hash } : null;
  }

  /**
   * The instant before which every event that will ever commit is already visible: the start of
   * the oldest other transaction that has written anything (an audit event is a write), or now.
   * Read before the events, so that a transaction committing in between is either seen in the
   * activity list or visible among the events. Sealing only older events keeps `occurredAt`
   * non-decreasing along the chain, whichever process wrote them.
   */
  async sealingHorizon(manager: EntityManager): Promise<Date> {
    const [row] = await manager.query<{ horizon: Date }[]>(
      `SELECT least(clock_timestamp(),
                    (SELECT min(xact_start) FROM pg_stat_activity
                      WHERE backend_xid IS NOT NULL AND pid <> pg_backend_pid() AND datname = current_database()))
                AS horizon`,
    );
    return row.horizon;
  }

  /**
   * The oldest committed events written before `horizon` and not yet in the chain, in the order
   * they were written. Since a change that waited for another's lock writes its event after that
   * one committed, this order keeps the order of changes to any one record.
   */
  async unsealed(
    manager: EntityManager,
    horizon: Date,
    limit: number,
  ): Promise<Omit<HashedAuditContent, 'seq' | 'prevHash'>[]> {
    const rows = await manager.query<AuditEventTextRow[]>(
      `SELECT ${TEXT_COLUMNS} FROM audit_events WHERE seq IS NULL AND occurred_at < $1
        ORDER BY occurred_at, intake_no LIMIT $2`,
      [horizon, limit],
    );
    return rows.map((row) => {
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      const { seq, prevHash, hash, ...content } = toExportedEvent(row);
      return content;
    });
  }

  /** The newest write order among events that are visible and still unsealed; null when none. */
  async lastUnsealedIntake(manager: EntityManager): Promise<string | null> {
    const [row] = await manager.query<{ intake: string | null }[]>(
      'SELECT max(intake_no)::text AS intake FROM audit_events WHERE seq IS NULL',
    );
    return row.intake;
  }

  async anyUnsealedUpTo(manager: EntityManager, intake: string): Promise<boolean> {
    const [row] = await manager.query<{ waiting: boolean }[]>(
      'SELECT EXISTS (SELECT 1 FROM audit_events WHERE seq IS NULL AND intake_no <= $1::bigint) AS waiting',
      [intake],
    );
    return row.waiting;
  }

  /** One statement for the whole batch; the database refuses it for any event already sealed. */
  async seal(manager: EntityManager, seals: Seal[]): Promise<void> {
    await manager.query(
      `UPDATE audit_events AS e SET seq = s.seq, prev_hash = s.prev_hash, hash = s.hash
         FROM unnest($1::uuid[], $2::bigint[], $3::text[], $4::text[]) AS s(id, seq, prev_hash, hash)
        WHERE e.id = s.id AND e.seq IS NULL`,
      [seals.map((s) => s.id), seals.map((s) => s.seq), seals.map((s) => s.prevHash), seals.map((s) => s.hash)],
    );
  }
}
