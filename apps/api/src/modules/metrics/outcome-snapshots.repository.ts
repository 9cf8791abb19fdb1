import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OutcomesMetricsDto } from './dto/outcomes.dto';
import type { Queryable } from './metrics.repository';

export interface OutcomeSnapshot {
  body: OutcomesMetricsDto;
  /** Seconds since it was computed, by the database's clock (one clock for every API process). */
  ageSeconds: number;
}

/** Snapshots not asked for in this long are pruned when another is written. */
const SNAPSHOT_RETENTION = '1 day';

/**
 * The outcome figures last computed for each scope (who may see what, and the window asked
 * for), shared by every API process through the database.
 */
@Injectable()
export class OutcomeSnapshotsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(scope: string): Promise<OutcomeSnapshot | null> {
    const [row] = await this.dataSource.query<{ body: OutcomesMetricsDto; age_seconds: number }[]>(
      `SELECT body, extract(epoch FROM now() - generated_at)::float8 AS age_seconds
         FROM outcome_snapshots WHERE scope = $1`,
      [scope],
    );
    return row ? { body: row.body, ageSeconds: row.age_seconds } : null;
  }

  /**
   * Runs `compute` in a transaction that holds the scope's refresh lock, and stores what it
   * returns; null, without computing, when another request is refreshing the scope already.
   */
  async refresh(
    scope: string,
    compute: (db: Queryable) => Promise<OutcomesMetricsDto>,
  ): Promise<OutcomesMetricsDto | null> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query<{ locked: boolean }[]>(
        `SELECT pg_try_advisory_xact_lock(hashtextextended('outcome_snapshots:' || $1, 0)) AS locked`,
        [scope],
      );
      if (!locked) return null;
      const body = await compute(manager);
      await manager.query(
        `INSERT INTO outcome_snapshots (scope, body, generated_at) VALUES ($1, $2, now())
           ON CONFLICT (scope) DO UPDATE SET body = EXCLUDED.body, generated_at = EXCLUDED.generated_at`,
        [scope, body],
      );
      await manager.query(
        `DELETE FROM outcome_snapshots WHERE generated_at < now() - interval '${SNAPSHOT_RETENTION}'`,
      );
      return body;
    });
  }
}
