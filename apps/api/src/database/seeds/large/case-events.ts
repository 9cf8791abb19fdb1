import type { CaseStatus, Role } from '@ethics/domain';
import type { JsonValue } from '../../../audit/audit-hash';
import type { Actor, EventDraft } from './audit-trail';
import type { CasePlan, PlannedCase } from './case-plan';
import {
  plannedAction,
  plannedAllegation,
  plannedEvidence,
  plannedStatement,
  type PlannedAction,
  type PlannedAllegation,
} from './case-children';
import {
  actionProposed,
  actionStep,
  allegationCreated,
  caseTransitioned,
  evidenceAdded,
  findingRecorded,
  statementCreated,
  statementStep,
} from './audit-payloads';

/** An event with the moment it happened in the story, for ordering a case's events. */
interface TimedDraft {
  at: number;
  draft: EventDraft;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** The case as `case.created` records it (auditedCase: its fields on opening, and its team). */
function createdSnapshot(c: PlannedCase): { [key: string]: JsonValue } {
  return {
    id: c.id,
    reference: c.reference,
    title: c.title,
    summary: c.summary,
    severity: c.severity,
    status: 'intake',
    outcome: null,
    outcomeSummary: null,
    restricted: c.restricted,
    region: c.region,
    country: c.country,
    products: c.products,
    tags: c.tags,
    leadId: c.leadId,
    createdBy: c.createdBy,
    openedAt: c.openedAt.toISOString(),
    dueAt: iso(c.dueAt),
    closedAt: null,
    version: 1,
    memberIds: c.memberIds,
  };
}

/**
 * The events of one case, as the application would have recorded them, within `budget`: the
 * case's own history first (opening, allegations, transitions, findings, actions, statements),
 * then its evidence, then reads (downloads of its evidence) to fill the budget.
 */
export function caseEvents(plan: CasePlan, c: PlannedCase, budget: number): EventDraft[] {
  const roleOf = (id: string): Role => (plan.people.leads.some((p) => p.id === id) ? 'lead' : 'reviewer');
  const as = (id: string): Actor => {
    const executive = plan.people.executives.find((p) => p.id === id);
    return { id, role: executive ? 'executive' : roleOf(id) };
  };
  const caseId = c.id;
  const core: TimedDraft[] = [
    {
      at: c.openedAt.getTime(),
      draft: {
        actor: as(c.createdBy),
        action: 'case.created',
        entityType: 'case',
        entityId: caseId,
        caseId,
        after: createdSnapshot(c),
      },
    },
  ];

  const allegations: PlannedAllegation[] = [];
  for (let k = c.allegations.first; k < c.allegations.end; k++) allegations.push(plannedAllegation(plan, c, k));
  for (const a of allegations) {
    core.push({
      at: a.createdAt.getTime(),
      draft: {
        actor: as(a.createdBy),
        action: 'allegation.created',
        entityType: 'allegation',
        entityId: a.id,
        caseId,
        after: allegationCreated(caseId, a),
      },
    });
    if (a.finding) {
      core.push({
        at: a.finding.createdAt.getTime(),
        draft: {
          actor: as(a.finding.authorId),
          action: 'finding.recorded',
          entityType: 'finding',
          entityId: a.finding.id,
          caseId,
          after: findingRecorded(caseId, a, a.finding),
          metadata: { allegationId: a.id },
        },
      });
    }
  }

  const span = c.activeUntil.getTime() - c.openedAt.getTime();
  let from: CaseStatus = 'intake';
  c.path.forEach((to, step) => {
    const at =
      to === c.status && c.closedAt
        ? c.closedAt.getTime()
        : c.openedAt.getTime() + (span * (step + 1)) / (c.path.length + 1);
    core.push({
      at,
      draft: {
        actor: as(c.leadId),
        action: 'case.transitioned',
        entityType: 'case',
        entityId: caseId,
        caseId,
        ...caseTransitioned(c, from, to),
        reason: to === 'dismissed' ? 'Out of scope of the Acceptable Use Policy.' : `Moved to ${to}.`,
        metadata: { from, to },
      },
    });
    from = to;
  });

  for (let k = c.actions.first; k < c.actions.end; k++) core.push(...actionEvents(c, plannedAction(plan, c, k), as));

  for (let k = c.statements.first; k < c.statements.end; k++) {
    const s = plannedStatement(plan, c, k);
    core.push({
      at: s.createdAt.getTime(),
      draft: {
        actor: as(s.authorId),
        action: 'statement.created',
        entityType: 'statement',
        entityId: s.id,
        caseId,
        after: statementCreated(caseId, s),
      },
    });
    if (s.approvedBy && s.approvedAt) {
      core.push({
        at: s.approvedAt.getTime(),
        draft: {
          actor: as(s.approvedBy),
          action: 'statement.approved',
          entityType: 'statement',
          entityId: s.id,
          caseId,
          ...statementStep(caseId, s, 'approved'),
          reason: 'Approved for release.',
        },
      });
    }
    if (s.publishedBy && s.publishedAt) {
      core.push({
        at: s.publishedAt.getTime(),
        draft: {
          actor: as(s.publishedBy),
          action: 'statement.published',
          entityType: 'statement',
          entityId: s.id,
          caseId,
          ...statementStep(caseId, s, 'published'),
        },
      });
    }
  }

  const [opening, ...history] = core;
  history.sort((a, b) => a.at - b.at);
  const chosen = [opening, ...history].slice(0, budget);

  const evidenceCount = c.evidence.end - c.evidence.first;
  for (let k = c.evidence.first; k < c.evidence.end && chosen.length < budget; k++) {
    const e = plannedEvidence(plan, c, k);
    chosen.push({
      at: e.collectedAt.getTime(),
      draft: {
        actor: as(e.collectedBy),
        action: 'evidence.added',
        entityType: 'evidence',
        entityId: e.id,
        caseId,
        after: evidenceAdded(caseId, e),
        metadata: { sha256: e.sha256, hasContent: false },
      },
    });
  }
  for (let n = 0; chosen.length < budget; n++) {
    if (evidenceCount > 0) {
      const e = plannedEvidence(plan, c, c.evidence.first + (n % evidenceCount));
      const reader = c.memberIds[n % c.memberIds.length];
      chosen.push({
        at: c.activeUntil.getTime(),
        draft: {
          actor: as(reader),
          action: 'evidence.downloaded',
          entityType: 'evidence',
          entityId: e.id,
          caseId,
          metadata: { sha256: e.sha256 },
        },
      });
    } else {
      chosen.push({
        at: c.activeUntil.getTime(),
        draft: {
          actor: as(c.leadId),
          action: 'case.updated',
          entityType: 'case',
          entityId: caseId,
          caseId,
          // The fields a case update changed, as the service diffs them.
          before: { tags: [], version: 1 },
          after: { tags: [`review-${n + 1}`], version: 2 },
          reason: 'Tagged for the quarterly review.',
        },
      });
    }
  }
  const [first, ...rest] = chosen;
  rest.sort((a, b) => a.at - b.at);
  return [first, ...rest].map((timed) => timed.draft);
}

function actionEvents(c: PlannedCase, a: PlannedAction, as: (id: string) => Actor): TimedDraft[] {
  const caseId = c.id;
  const events: TimedDraft[] = [
    {
      at: a.proposedAt.getTime(),
      draft: {
        actor: as(a.proposedBy),
        action: 'action.proposed',
        entityType: 'enforcement_action',
        entityId: a.id,
        caseId,
        after: actionProposed(c, a),
        reason: a.rationale,
      },
    },
  ];
  if (a.decidedBy && a.decidedAt) {
    events.push({
      at: a.decidedAt.getTime(),
      draft: {
        actor: as(a.decidedBy),
        action: a.status === 'rejected' ? 'action.rejected' : 'action.approved',
        entityType: 'enforcement_action',
        entityId: a.id,
        caseId,
        ...actionStep(a, 'decided'),
        reason: a.decisionReason,
      },
    });
  }
  if (a.executedBy && a.executedAt) {
    events.push({
      at: a.executedAt.getTime(),
      draft: {
        actor: as(a.executedBy),
        action: 'action.executed',
        entityType: 'enforcement_action',
        entityId: a.id,
        caseId,
        ...actionStep(a, 'executed'),
      },
    });
  }
  if (a.reversedBy && a.reversedAt) {
    events.push({
      at: a.reversedAt.getTime(),
      draft: {
        actor: as(a.reversedBy),
        action: 'action.reversed',
        entityType: 'enforcement_action',
        entityId: a.id,
        caseId,
        ...actionStep(a, 'reversed'),
        reason: a.reversalReason,
      },
    });
  }
  return events;
}
