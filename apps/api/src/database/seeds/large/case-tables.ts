import { isOpen, type CasePlan, type PlannedCase } from './case-plan';
import { plannedAction, plannedAllegation, plannedEvidence, plannedStatement } from './case-children';
import { RowKind } from './large-seed-sizes';
import type { Cell } from './row-sink';

/** One table filled from the cases: its columns, and its rows for one case. */
export interface CaseTable {
  table: string;
  columns: readonly string[];
  /** About how many rows, for the progress line. */
  estimate(plan: CasePlan): number;
  rows(plan: CasePlan, c: PlannedCase): Iterable<readonly Cell[]>;
}

function* allegationsOf(plan: CasePlan, c: PlannedCase) {
  for (let k = c.allegations.first; k < c.allegations.end; k++) yield plannedAllegation(plan, c, k);
}
function* evidenceOf(plan: CasePlan, c: PlannedCase) {
  for (let k = c.evidence.first; k < c.evidence.end; k++) yield plannedEvidence(plan, c, k);
}
function* actionsOf(plan: CasePlan, c: PlannedCase) {
  for (let k = c.actions.first; k < c.actions.end; k++) yield plannedAction(plan, c, k);
}

/** Parents before children, so that every foreign key finds its row. */
export const CASE_TABLES: readonly CaseTable[] = [
  {
    table: 'cases',
    columns: [
      'id',
      'reference',
      'title',
      'summary',
      'severity',
      'status',
      'outcome',
      'outcome_summary',
      'restricted',
      'region',
      'country',
      'products',
      'tags',
      'lead_id',
      'created_by',
      'opened_at',
      'due_at',
      'closed_at',
      'version',
      'created_at',
      'updated_at',
    ],
    estimate: (plan) => plan.sizes.cases,
    *rows(_plan, c) {
      yield [
        c.id,
        c.reference,
        c.title,
        c.summary,
        c.severity,
        c.status,
        c.outcome,
        c.outcomeSummary,
        c.restricted,
        c.region,
        c.country,
        c.products,
        c.tags,
        c.leadId,
        c.createdBy,
        c.openedAt,
        c.dueAt,
        c.closedAt,
        1 + c.path.length,
        c.openedAt,
        c.closedAt ?? c.openedAt,
      ];
    },
  },
  {
    table: 'case_members',
    columns: ['case_id', 'user_id', 'added_by', 'added_at'],
    estimate: (plan) => Math.round(plan.sizes.cases * 3.9),
    *rows(_plan, c) {
      for (const userId of c.memberIds) yield [c.id, userId, c.createdBy, c.openedAt];
    },
  },
  {
    table: 'allegations',
    columns: [
      'id',
      'case_id',
      'description',
      'source_type',
      'source_reference',
      'received_at',
      'reporter_name',
      'reporter_contact',
      'finding_status',
      'finding_rationale',
      'created_by',
      'version',
      'created_at',
      'updated_at',
    ],
    estimate: (plan) => plan.sizes.allegations,
    *rows(plan, c) {
      for (const a of allegationsOf(plan, c)) {
        yield [
          a.id,
          c.id,
          a.description,
          a.sourceType,
          a.sourceReference,
          a.receivedAt,
          a.reporterName,
          a.reporterContact,
          a.findingStatus,
          a.findingRationale,
          a.createdBy,
          a.finding ? 2 : 1,
          a.createdAt,
          a.finding?.createdAt ?? a.createdAt,
        ];
      }
    },
  },
  {
    table: 'allegation_policy_clauses',
    columns: ['allegation_id', 'clause_id'],
    estimate: (plan) => Math.round(plan.sizes.allegations * 1.5),
    *rows(plan, c) {
      for (const a of allegationsOf(plan, c)) for (const clauseId of a.clauseIds) yield [a.id, clauseId];
    },
  },
  {
    table: 'allegation_subjects',
    columns: ['allegation_id', 'subject_id'],
    estimate: (plan) => plan.sizes.allegations,
    *rows(plan, c) {
      for (const a of allegationsOf(plan, c)) yield [a.id, a.subjectId];
    },
  },
  {
    table: 'findings',
    columns: ['id', 'case_id', 'allegation_id', 'conclusion', 'rationale', 'author_id', 'created_at'],
    estimate: (plan) => Math.round(plan.sizes.allegations * 0.6),
    *rows(plan, c) {
      for (const a of allegationsOf(plan, c)) {
        if (a.finding)
          yield [
            a.finding.id,
            c.id,
            a.id,
            a.findingStatus,
            a.findingRationale,
            a.finding.authorId,
            a.finding.createdAt,
          ];
      }
    },
  },
  {
    table: 'evidence',
    columns: [
      'id',
      'case_id',
      'title',
      'kind',
      'description',
      'sha256',
      'has_content',
      'size_bytes',
      'media_type',
      'original_filename',
      'source',
      'source_url',
      'collected_by',
      'collected_at',
      'legal_hold',
      'created_at',
    ],
    estimate: (plan) => plan.sizes.evidence,
    *rows(plan, c) {
      for (const e of evidenceOf(plan, c)) {
        yield [
          e.id,
          c.id,
          e.title,
          e.kind,
          e.description,
          e.sha256,
          false,
          e.sizeBytes,
          e.mediaType,
          e.originalFilename,
          e.source,
          e.sourceUrl,
          e.collectedBy,
          e.collectedAt,
          e.legalHold,
          e.collectedAt,
        ];
      }
    },
  },
  {
    table: 'evidence_custody',
    columns: ['id', 'evidence_id', 'event', 'actor_id', 'actor_role', 'occurred_at', 'details', 'request_id'],
    estimate: (plan) => plan.sizes.evidence,
    *rows(plan, c) {
      for (let k = c.evidence.first; k < c.evidence.end; k++) {
        const e = plannedEvidence(plan, c, k);
        const details = JSON.stringify({ sha256: e.sha256 });
        yield [
          plan.ids.id(RowKind.Custody, k),
          e.id,
          'received',
          e.collectedBy,
          'reviewer',
          e.collectedAt,
          details,
          'large-seed',
        ];
      }
    },
  },
  {
    table: 'evidence_allegations',
    columns: ['evidence_id', 'allegation_id', 'relation'],
    estimate: (plan) => Math.round(plan.sizes.evidence * 0.4),
    *rows(plan, c) {
      for (const e of evidenceOf(plan, c)) if (e.supportsAllegationId) yield [e.id, e.supportsAllegationId, 'supports'];
    },
  },
  {
    table: 'enforcement_actions',
    columns: [
      'id',
      'case_id',
      'subject_id',
      'type',
      'services',
      'scope',
      'rationale',
      'status',
      'effective_from',
      'proposed_by',
      'proposed_at',
      'decided_by',
      'decided_at',
      'decision_reason',
      'executed_by',
      'executed_at',
      'execution_reference',
      'reversed_by',
      'reversed_at',
      'reversal_reason',
      'version',
      'created_at',
      'updated_at',
    ],
    estimate: (plan) => plan.sizes.actions,
    *rows(plan, c) {
      for (const a of actionsOf(plan, c)) {
        const steps = [a.decidedAt, a.executedAt, a.reversedAt].filter((step) => step !== null);
        yield [
          a.id,
          c.id,
          a.subjectId,
          a.type,
          a.services,
          a.scope,
          a.rationale,
          a.status,
          a.executedAt,
          a.proposedBy,
          a.proposedAt,
          a.decidedBy,
          a.decidedAt,
          a.decisionReason,
          a.executedBy,
          a.executedAt,
          a.executionReference,
          a.reversedBy,
          a.reversedAt,
          a.reversalReason,
          1 + steps.length,
          a.proposedAt,
          steps[steps.length - 1] ?? a.proposedAt,
        ];
      }
    },
  },
  {
    table: 'enforcement_action_policy_clauses',
    columns: ['action_id', 'clause_id'],
    estimate: (plan) => plan.sizes.actions,
    *rows(plan, c) {
      for (const a of actionsOf(plan, c)) yield [a.id, a.clauseId];
    },
  },
  {
    table: 'statements',
    columns: [
      'id',
      'case_id',
      'direction',
      'audience',
      'channel',
      'author_id',
      'source',
      'body',
      'status',
      'stated_at',
      'submitted_at',
      'approved_by',
      'approved_at',
      'published_by',
      'published_at',
      'created_at',
      'updated_at',
    ],
    estimate: (plan) => plan.statementCount,
    *rows(plan, c) {
      for (let k = c.statements.first; k < c.statements.end; k++) {
        const s = plannedStatement(plan, c, k);
        yield [
          s.id,
          c.id,
          s.direction,
          s.audience,
          s.channel,
          s.authorId,
          s.source,
          s.body,
          s.status,
          s.statedAt,
          s.submittedAt,
          s.approvedBy,
          s.approvedAt,
          s.publishedBy,
          s.publishedAt,
          s.createdAt,
          s.publishedAt ?? s.approvedAt ?? s.submittedAt ?? s.createdAt,
        ];
      }
    },
  },
  {
    table: 'review_tasks',
    columns: ['id', 'case_id', 'title', 'assignee_id', 'due_at', 'status', 'created_by', 'created_at', 'updated_at'],
    estimate: (plan) => Math.round(plan.sizes.cases * 0.3),
    *rows(plan, c) {
      if (!isOpen(c.status)) return;
      const dueAt = new Date(c.openedAt.getTime() + 21 * 86_400_000);
      const status = c.index % 3 === 0 ? 'in_progress' : 'open';
      yield [
        plan.ids.id(RowKind.Task, c.index),
        c.id,
        'Review the usage logs',
        c.reviewerIds[0],
        dueAt,
        status,
        c.leadId,
        c.openedAt,
        c.openedAt,
      ];
    },
  },
];
