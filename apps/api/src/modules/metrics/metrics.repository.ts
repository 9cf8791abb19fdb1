import { Injectable } from '@nestjs/common';
import { OPEN_CASE_STATUSES, type CaseOutcome, type CaseStatus, type Severity } from '@ethics/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { CaseVisibility } from '../cases/case-visibility';

/** Which cases the aggregates cover: those the caller may see, optionally opened in [from, to). */
export interface MetricsScope {
  visibility: CaseVisibility;
  userId: string;
  from?: string;
  to?: string;
}

export interface CaseCountRow {
  severity: Severity;
  status: CaseStatus;
  count: number;
  overdue: number;
}

export interface ResolutionRow {
  /** 1 on the row that spans every month (the overall median), 0 otherwise. */
  all_months: number;
  /** 1 on a month's row across outcomes. */
  all_outcomes: number;
  /** null outside the window of months asked for. */
  month: string | null;
  outcome: CaseOutcome | null;
  count: number;
  median_days: number | null;
}

export interface OverdueRow {
  id: string;
  reference: string;
  title: string;
  severity: Severity;
  status: CaseStatus;
  due_at: Date;
}

export interface ActionCountRow {
  dimension: 'type' | 'region' | 'service' | 'total';
  key: string | null;
  count: number;
  executed: number;
}

export const OVERDUE_LIST_SIZE = 20;

/** Where the statements run: the pool, or one transaction's connection. */
export type Queryable = Pick<EntityManager, 'query'>;

/** Accumulates positional parameters so each query states its filter once. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The WHERE clauses that restrict cases (alias `c`) to the scope; visibility as in `GET /cases`. */
function caseScopeSql(scope: MetricsScope, params: Params): string {
  const where = ['TRUE'];
  const isMember = () =>
    `EXISTS (SELECT 1 FROM case_members m WHERE m.case_id = c.id AND m.user_id = ${params.add(scope.userId)})`;
  switch (scope.visibility) {
    case 'all':
      break;
    case 'unrestricted-or-member':
      where.push(`(NOT c.restricted OR ${isMember()})`);
      break;
    case 'member':
      where.push(isMember());
      break;
    case 'none':
      where.push('FALSE');
      break;
  }
  if (scope.from) where.push(`c.opened_at >= ${params.add(scope.from)}::timestamptz`);
  if (scope.to) where.push(`c.opened_at < ${params.add(scope.to)}::timestamptz`);
  return where.join(' AND ');
}

/**
 * The executive dashboard's aggregates: four statements, each one pass over
 * `cases` or `enforcement_actions` (joined to its case). None is N+1, none
 * depends on another, so the service may run them side by side.
 */
@Injectable()
export class MetricsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts by severity × status; overdue counts come along in the same pass. */
  async caseCounts(scope: MetricsScope, now: Date, db: Queryable = this.dataSource): Promise<CaseCountRow[]> {
    const params = new Params();
    return await db.query<CaseCountRow[]>(
      `SELECT c.severity, c.status, count(*)::int AS count,
              count(*) FILTER (WHERE c.due_at < ${params.add(now)}::timestamptz)::int AS overdue
         FROM cases c WHERE ${caseScopeSql(scope, params)}
        GROUP BY c.severity, c.status`,
      params.values,
    );
  }

  /**
   * Closed cases in one pass: per (month, outcome), per month, and overall
   * (grouping sets), with the median days from opening to closing of each.
   * Months are UTC calendar months; cases closed before `since` only count overall.
   */
  async resolution(scope: MetricsScope, since: Date, db: Queryable = this.dataSource): Promise<ResolutionRow[]> {
    const params = new Params();
    return await db.query<ResolutionRow[]>(
      `SELECT GROUPING(r.month) AS all_months, GROUPING(r.outcome) AS all_outcomes, r.month, r.outcome,
              count(*)::int AS count, percentile_cont(0.5) WITHIN GROUP (ORDER BY r.days) AS median_days
         FROM (SELECT CASE WHEN c.closed_at >= ${params.add(since)}::timestamptz
                           THEN to_char(c.closed_at AT TIME ZONE 'UTC', 'YYYY-MM') END AS month,
                      c.outcome,
                      extract(epoch FROM c.closed_at - c.opened_at)::float8 / 86400 AS days
                 FROM cases c
                WHERE c.status = 'closed' AND c.closed_at IS NOT NULL AND ${caseScopeSql(scope, params)}) r
        GROUP BY GROUPING SETS ((r.month, r.outcome), (r.month), ())`,
      params.values,
    );
  }

  /** The most overdue open cases; their number comes from `caseCounts`. */
  async overdueCases(scope: MetricsScope, now: Date, db: Queryable = this.dataSource): Promise<OverdueRow[]> {
    const params = new Params();
    return await db.query<OverdueRow[]>(
      `SELECT c.id, c.reference, c.title, c.severity, c.status, c.due_at
         FROM cases c
        WHERE c.status = ANY(${params.add(OPEN_CASE_STATUSES)}::case_status[])
          AND c.due_at < ${params.add(now)}::timestamptz AND ${caseScopeSql(scope, params)}
        ORDER BY c.due_at, c.id
        LIMIT ${OVERDUE_LIST_SIZE}`,
      params.values,
    );
  }

  /**
   * Enforcement actions that were not rejected, by type, by region of their
   * case and by service, plus totals, from one pass: actions are first grouped
   * on (type, region, services), a few hundred groups at most, and the
   * breakdowns are summed from those. `executed` counts actions executed at
   * some point, later reversals included.
   */
  async actionCounts(scope: MetricsScope, db: Queryable = this.dataSource): Promise<ActionCountRow[]> {
    const params = new Params();
    return await db.query<ActionCountRow[]>(
      `WITH g AS (
         SELECT a.type, coalesce(c.region, 'unknown') AS region, a.services,
                count(*) AS n, count(a.executed_at) AS executed
           FROM enforcement_actions a JOIN cases c ON c.id = a.case_id
          WHERE a.status <> 'rejected' AND ${caseScopeSql(scope, params)}
          GROUP BY a.type, coalesce(c.region, 'unknown'), a.services)
       SELECT 'type' AS dimension, g.type::text AS key, sum(g.n)::int AS count, sum(g.executed)::int AS executed
         FROM g GROUP BY g.type
       UNION ALL
       SELECT 'region', g.region, sum(g.n)::int, sum(g.executed)::int FROM g GROUP BY g.region
       UNION ALL
       SELECT 'service', s.service, sum(g.n)::int, sum(g.executed)::int
         FROM g CROSS JOIN LATERAL (SELECT DISTINCT unnest(g.services)) AS s(service) GROUP BY s.service
       UNION ALL
       SELECT 'total', NULL, coalesce(sum(g.n), 0)::int, coalesce(sum(g.executed), 0)::int FROM g`,
      params.values,
    );
  }
}
