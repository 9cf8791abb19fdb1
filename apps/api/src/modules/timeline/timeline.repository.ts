import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ValidationProblem } from '../../common/app-errors';
import { decodeCursor, keysetPage } from '../../common/cursor';
import { TIMELINE_KINDS, type TimelineEntityType, type TimelineKind } from '@ethics/domain';

/** The families of dated records a timeline is built from; each is shown only to roles that may read it. */
export type TimelineSource =
  'case' | 'members' | 'allegations' | 'evidence' | 'tasks' | 'findings' | 'actions' | 'statements';

export interface TimelineRow {
  at: Date;
  at_key: string;
  kind: TimelineKind;
  entity_type: TimelineEntityType;
  entity_id: string;
  entry_id: string;
  actor_id: string | null;
  actor_name: string | null;
  reason: string | null;
  details: Record<string, unknown>;
}

/** Audit actions that tell the story (creation is told by `opened_at`), by the source that shows them. */
const AUDIT_ACTIONS: Partial<Record<TimelineSource, string[]>> = {
  case: ['case.transitioned', 'case.updated'],
  members: ['case.member_added', 'case.member_removed'],
};

/**
 * One SELECT per source, all with the columns the `entries` CTE names: (at, kind,
 * entity_type, entity_id, entry_id, actor_id, reason, details). A record with several dated
 * steps is unpivoted with LATERAL VALUES so it is read once. Every query is
 * bounded by its `case_id` index; $1 is the case id.
 */
const RECORD_SQL: Partial<Record<TimelineSource, string>> = {
  case: `
    SELECT c.opened_at AS at, 'case.opened'::text AS kind, 'case'::text AS entity_type, c.id::text AS entity_id,
           c.id::text AS entry_id, c.created_by AS actor_id, NULL::text AS reason,
           jsonb_build_object('reference', c.reference, 'title', c.title, 'severity', c.severity) AS details
      FROM cases c WHERE c.id = $1`,
  allegations: `
    SELECT coalesce(a.received_at, a.created_at), 'allegation.received', 'allegation', a.id::text, a.id::text,
           a.created_by, NULL,
           jsonb_build_object('sourceType', a.source_type, 'sourceReference', a.source_reference,
             'description', left(a.description, 280), 'findingStatus', a.finding_status,
             'reporterName', a.reporter_name, 'reporterContact', a.reporter_contact)
      FROM allegations a WHERE a.case_id = $1`,
  evidence: `
    SELECT step.at, step.kind, 'evidence', e.id::text, e.id::text, step.actor_id, NULL,
           jsonb_build_object('title', e.title, 'kind', e.kind, 'source', e.source, 'sourceUrl', e.source_url,
             'sha256', e.sha256, 'hasContent', e.has_content, 'mediaType', e.media_type, 'sizeBytes', e.size_bytes,
             'originalFilename', e.original_filename, 'supersedesId', e.supersedes_id)
      FROM evidence e
     CROSS JOIN LATERAL (VALUES (e.collected_at, 'evidence.collected', e.collected_by),
                                (e.withdrawn_at, 'evidence.withdrawn', NULL::uuid)) AS step(at, kind, actor_id)
     WHERE e.case_id = $1 AND step.at IS NOT NULL`,
  tasks: `
    SELECT step.at, step.kind, 'task', t.id::text, t.id::text, step.actor_id, NULL,
           jsonb_build_object('title', t.title, 'status', t.status, 'assigneeId', t.assignee_id, 'dueAt', t.due_at)
      FROM review_tasks t
     CROSS JOIN LATERAL (VALUES (t.created_at, 'task.created', t.created_by),
                                (t.completed_at, 'task.completed', NULL::uuid)) AS step(at, kind, actor_id)
     WHERE t.case_id = $1 AND step.at IS NOT NULL`,
  findings: `
    SELECT f.created_at, 'finding.recorded', 'finding', f.id::text, f.id::text, f.author_id, NULL,
           jsonb_build_object('allegationId', f.allegation_id, 'conclusion', f.conclusion,
             'externalReviewer', f.external_reviewer, 'rationale', left(f.rationale, 280))
      FROM findings f WHERE f.case_id = $1`,
  actions: `
    SELECT step.at, step.kind, 'enforcement_action', x.id::text, x.id::text, step.actor_id, step.reason,
           jsonb_build_object('type', x.type, 'services', x.services, 'status', x.status, 'subjectId', x.subject_id,
             'subjectName', s.name, 'scope', left(x.scope, 280), 'executionReference', x.execution_reference)
      FROM enforcement_actions x
      LEFT JOIN subjects s ON s.id = x.subject_id
     CROSS JOIN LATERAL (VALUES
             (x.proposed_at, 'action.proposed', x.proposed_by, NULL::text),
             (x.decided_at, CASE WHEN x.status = 'rejected' THEN 'action.rejected' ELSE 'action.approved' END,
              x.decided_by, x.decision_reason),
             (x.executed_at, 'action.executed', x.executed_by, x.execution_reason),
             (x.reversed_at, 'action.reversed', x.reversed_by, x.reversal_reason)) AS step(at, kind, actor_id, reason)
     WHERE x.case_id = $1 AND step.at IS NOT NULL`,
  statements: `
    SELECT step.at, step.kind, 'statement', st.id::text, st.id::text, step.actor_id, NULL,
           jsonb_build_object('direction', st.direction, 'audience', st.audience, 'channel', st.channel,
             'source', st.source, 'status', st.status, 'excerpt', left(st.body, 280))
      FROM statements st
     CROSS JOIN LATERAL (VALUES
             (CASE WHEN st.direction = 'issued' THEN st.approved_at END, 'statement.approved', st.approved_by),
             (CASE WHEN st.direction = 'issued' THEN st.published_at END, 'statement.published', st.published_by),
             (CASE WHEN st.direction = 'received' THEN coalesce(st.stated_at, st.created_at) END,
              'statement.received', st.author_id)) AS step(at, kind, actor_id)
     WHERE st.case_id = $1 AND step.at IS NOT NULL`,
};

/**
 * Status changes, edits and team changes come from the audit trail
 * (IDX_audit_events_case_seq); $2 = the actions the caller may see, possibly none.
 */
const AUDIT_SQL = `
    SELECT ev.occurred_at, ev.action, ev.entity_type, coalesce(ev.entity_id, ev.case_id::text), ev.id::text,
           ev.actor_id, ev.reason,
           jsonb_build_object('metadata', ev.metadata, 'before', ev.before, 'after', ev.after, 'memberName', m.name)
      FROM audit_events ev
      LEFT JOIN users m ON ev.entity_type = 'case_member' AND m.id::text = ev.entity_id
     WHERE ev.case_id = $1 AND ev.action = ANY($2::text[])`;

const TIMESTAMP_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:\d{2})?)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The cursor is the sort key (at, kind, entry id) of a page's last entry. */
function parseCursor(cursor: string): [string, string, string] {
  const [at, kind, entryId] = decodeCursor(cursor, 3);
  const wellFormed =
    TIMESTAMP_KEY.test(at) && !Number.isNaN(Date.parse(at)) && TIMELINE_KINDS.includes(kind as TimelineKind);
  if (!wellFormed || !UUID.test(entryId)) {
    throw new ValidationProblem([{ field: 'cursor', message: 'is not a cursor this list gave out' }]);
  }
  return [at, kind, entryId];
}

@Injectable()
export class TimelineRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One page of the case's story, oldest first, ordered in SQL on a total key. */
  async page(
    caseId: string,
    sources: readonly TimelineSource[],
    limit: number,
    cursor?: string,
  ): Promise<{ rows: TimelineRow[]; nextCursor: string | null }> {
    const auditActions = sources.flatMap((source) => AUDIT_ACTIONS[source] ?? []);
    const params: unknown[] = [caseId, auditActions];
    const parts = [...sources.flatMap((source) => RECORD_SQL[source] ?? []), AUDIT_SQL];

    let after = '';
    if (cursor) {
      params.push(...parseCursor(cursor));
      after = 'WHERE (e.at, e.kind, e.entry_id) > ($3::timestamptz, $4::text, $5::text)';
    }
    params.push(limit + 1);

    const rows = await this.dataSource.query<TimelineRow[]>(
      `WITH entries (at, kind, entity_type, entity_id, entry_id, actor_id, reason, details) AS (
         ${parts.join('\n    UNION ALL')})
       SELECT e.at, to_json(e.at) #>> '{}' AS at_key, e.kind, e.entity_type, e.entity_id, e.entry_id,
              e.actor_id, u.name AS actor_name, e.reason, jsonb_strip_nulls(e.details) AS details
         FROM entries e
         LEFT JOIN users u ON u.id = e.actor_id
        ${after}
        ORDER BY e.at, e.kind, e.entry_id
        LIMIT $${params.length}`,
      params,
    );
    const { items, nextCursor } = keysetPage(rows, limit, (last) => [last.at_key, last.kind, last.entry_id]);
    return { rows: items, nextCursor };
  }
}
