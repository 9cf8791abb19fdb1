import type { CaseOutcome, CaseStatus } from '@ethics/domain';
import { toJsonValue, type JsonValue } from '../../../audit/audit-hash';
import { toAllegationDto } from '../../../modules/allegations/allegations.service';
import { transitionPayloads } from '../../../modules/cases/case-snapshot';
import { actionStepPayloads, auditedAction, toActionDto } from '../../../modules/enforcement-actions/action-view';
import { auditedEvidence, toEvidenceDto } from '../../../modules/evidence/evidence-snapshot';
import { toFindingDto } from '../../../modules/review/findings.service';
import type { StatementEntity } from '../../../modules/statements/entities/statement.entity';
import { auditedStatement, statementStepPayloads } from '../../../modules/statements/statement-view';
import type { PlannedAction, PlannedAllegation, PlannedEvidence, PlannedStatement } from './case-children';
import type { PlannedCase } from './case-plan';

/**
 * The payloads of generated audit events, built by the functions the services build theirs with,
 * from the rows as they stood at each step: the bulk trail has the shapes of a real one.
 */
type Payload = { [key: string]: JsonValue };

export const json = (value: object) => toJsonValue(value) as Payload;

export function allegationCreated(caseId: string, a: PlannedAllegation): Payload {
  const entity = {
    id: a.id,
    caseId,
    description: a.description,
    sourceType: a.sourceType,
    sourceReference: a.sourceReference,
    receivedAt: a.receivedAt,
    reporterName: a.reporterName,
    reporterContact: a.reporterContact,
    findingStatus: 'open' as const,
    findingRationale: null,
    createdBy: a.createdBy,
    version: 1,
    createdAt: a.createdAt,
    updatedAt: a.createdAt,
  };
  return json(toAllegationDto({ entity, policyClauseIds: a.clauseIds, subjectIds: [a.subjectId] }));
}

export function findingRecorded(
  caseId: string,
  a: PlannedAllegation,
  { id, authorId, createdAt }: NonNullable<PlannedAllegation['finding']>,
): Payload {
  const entity = {
    id,
    caseId,
    allegationId: a.id,
    conclusion: a.findingStatus as Exclude<PlannedAllegation['findingStatus'], 'open'>,
    rationale: a.findingRationale ?? '',
    externalReviewer: null,
    authorId,
    createdAt,
  };
  return json(toFindingDto({ entity, evidenceIds: [], policyClauseIds: [] }));
}

export function caseTransitioned(c: PlannedCase, from: CaseStatus, to: CaseStatus) {
  const closing = to === 'closed';
  const state = (status: CaseStatus, outcome: CaseOutcome | null, outcomeSummary: string | null) => ({
    status,
    outcome,
    outcomeSummary,
  });
  const { before, after } = transitionPayloads(
    state(from, null, null),
    closing ? state(to, c.outcome, c.outcomeSummary) : state(to, null, null),
  );
  return { before: json(before), after: json(after) };
}

function statementAt(caseId: string, s: PlannedStatement, step: 'created' | 'approved' | 'published'): StatementEntity {
  const approved = step !== 'created';
  const published = step === 'published';
  return {
    id: s.id,
    caseId,
    direction: s.direction,
    audience: s.audience,
    channel: s.channel,
    authorId: s.authorId,
    source: s.source,
    body: s.body,
    status: s.direction === 'received' ? 'received' : published ? 'published' : approved ? 'approved' : 'draft',
    statedAt: s.direction === 'received' || published ? s.statedAt : null,
    editorIds: [],
    submittedAt: approved ? s.submittedAt : null,
    approvedBy: approved ? s.approvedBy : null,
    approvedAt: approved ? s.approvedAt : null,
    publishedBy: published ? s.publishedBy : null,
    publishedAt: published ? s.publishedAt : null,
    supersedesId: null,
    supersededById: null,
    version: published ? 4 : approved ? 3 : 1,
    createdAt: s.createdAt,
    updatedAt: s.createdAt,
  };
}

export function statementCreated(caseId: string, s: PlannedStatement): Payload {
  return json(auditedStatement(statementAt(caseId, s, 'created')));
}

/** Approval and publication, with the fields those steps set (StatementLifecycleService). */
export function statementStep(caseId: string, s: PlannedStatement, step: 'approved' | 'published') {
  const found = { ...statementAt(caseId, s, step === 'approved' ? 'created' : 'approved') };
  if (step === 'approved') Object.assign(found, { status: 'in_review', submittedAt: s.submittedAt, version: 2 });
  const keys: (keyof StatementEntity)[] =
    step === 'approved' ? ['status', 'approvedBy', 'approvedAt'] : ['status', 'publishedBy', 'publishedAt', 'statedAt'];
  const { before, after } = statementStepPayloads(found, statementAt(caseId, s, step), keys);
  return { before: json(before), after: json(after) };
}

export function evidenceAdded(caseId: string, e: PlannedEvidence): Payload {
  const entity = {
    id: e.id,
    caseId,
    title: e.title,
    kind: e.kind,
    description: e.description,
    sha256: e.sha256,
    hasContent: false,
    sizeBytes: String(e.sizeBytes),
    mediaType: e.mediaType,
    originalFilename: e.originalFilename,
    source: e.source,
    sourceUrl: e.sourceUrl,
    collectedBy: e.collectedBy,
    collectedAt: e.collectedAt,
    legalHold: false,
    supersedesId: null,
    supersededById: null,
    withdrawnAt: null,
    version: 1,
    createdAt: e.collectedAt,
  };
  const links = e.supportsAllegationId ? [{ allegationId: e.supportsAllegationId, relation: 'supports' as const }] : [];
  return json(auditedEvidence(toEvidenceDto(entity, links)));
}

/** The fields an action's later steps set: empty on a proposal. */
const STEP_FIELDS = [
  ...['decidedBy', 'decidedAt', 'decisionReason'],
  ...['executedBy', 'executedAt', 'executionReference', 'executionReason'],
  ...['reversedBy', 'reversedAt', 'reversalReason'],
] as const;
const UNDECIDED = Object.fromEntries(STEP_FIELDS.map((field) => [field, null])) as Record<
  (typeof STEP_FIELDS)[number],
  null
>;

export function actionProposed(c: PlannedCase, a: PlannedAction): Payload {
  const row = {
    id: a.id,
    caseId: c.id,
    caseReference: c.reference,
    subjectId: a.subjectId,
    // Left out of the audited fields, like the case's reference and the sort key.
    subjectName: '',
    subjectType: 'organisation' as const,
    type: a.type,
    services: a.services,
    scope: a.scope,
    rationale: a.rationale,
    status: 'proposed' as const,
    effectiveFrom: null,
    effectiveUntil: null,
    proposedBy: a.proposedBy,
    proposedAt: a.proposedAt,
    ...UNDECIDED,
    findingIds: [],
    policyClauseIds: [a.clauseId],
    version: 1,
    createdAt: a.proposedAt,
    updatedAt: a.proposedAt,
    sortKey: '',
  };
  return json(auditedAction(toActionDto(row)));
}

/** A step of the action's lifecycle, with the fields ActionLifecycleService sets for it. */
export function actionStep(a: PlannedAction, step: 'decided' | 'executed' | 'reversed') {
  const steps = {
    decided: {
      version: 1,
      changes: {
        status: a.status === 'rejected' ? 'rejected' : 'approved',
        decidedBy: a.decidedBy,
        decidedAt: a.decidedAt,
        decisionReason: a.decisionReason,
      },
    },
    executed: {
      version: 2,
      changes: {
        status: 'executed',
        executedBy: a.executedBy,
        executedAt: a.executedAt,
        executionReference: a.executionReference,
        executionReason: null,
      },
    },
    reversed: {
      version: 3,
      changes: {
        status: 'reversed',
        reversedBy: a.reversedBy,
        reversedAt: a.reversedAt,
        reversalReason: a.reversalReason,
      },
    },
  };
  const { version, changes } = steps[step];
  const statusBefore = { decided: 'proposed', executed: 'approved', reversed: 'executed' }[step];
  const found = { ...a, executionReason: null, status: statusBefore, version };
  const { before, after } = actionStepPayloads(found, changes);
  return { before: json(before), after: json(after) };
}
