import type { ActionHistoryRow } from './action-history.repository';
import type { EnforcementActionDto } from './dto/enforcement-action.dto';
import { iso } from '../../common/iso-date';
import { bookkeeping, withoutTimestamps } from '../../common/row-bookkeeping';

export function toActionDto(row: ActionHistoryRow): EnforcementActionDto {
  return {
    id: row.id,
    caseId: row.caseId,
    caseReference: row.caseReference,
    subject: { id: row.subjectId, name: row.subjectName, type: row.subjectType },
    type: row.type,
    services: row.services,
    scope: row.scope,
    rationale: row.rationale,
    status: row.status,
    effectiveFrom: iso(row.effectiveFrom),
    effectiveUntil: iso(row.effectiveUntil),
    proposedBy: row.proposedBy,
    proposedAt: iso(row.proposedAt)!,
    decidedBy: row.decidedBy,
    decidedAt: iso(row.decidedAt),
    decisionReason: row.decisionReason,
    executedBy: row.executedBy,
    executedAt: iso(row.executedAt),
    executionReference: row.executionReference,
    executionReason: row.executionReason,
    reversedBy: row.reversedBy,
    reversedAt: iso(row.reversedAt),
    reversalReason: row.reversalReason,
    findingIds: row.findingIds,
    policyClauseIds: row.policyClauseIds,
    ...bookkeeping(row),
  };
}

/** What the audit trail keeps of a new action: its fields, without bookkeeping timestamps or the case's label. */
export function auditedAction(dto: EnforcementActionDto): Record<string, unknown> {
  const { caseReference: _reference, subject, ...fields } = withoutTimestamps(dto);
  return { ...fields, subjectId: subject.id };
}

/** The given fields of an action row for an audit before/after, dates as ISO strings. */
export function actionFields(values: object, keys: string[]): Record<string, unknown> {
  const source = values as Record<string, unknown>;
  return Object.fromEntries(keys.map((key) => [key, source[key] instanceof Date ? iso(source[key]) : source[key]]));
}

/** A step of an action as the audit trail keeps it: the fields it changed, before and after, and the version. */
export function actionStepPayloads(found: { version: number }, changes: object) {
  const keys = Object.keys(changes);
  return {
    before: { ...actionFields(found, keys), version: found.version },
    after: { ...actionFields({ ...found, ...changes }, keys), version: found.version + 1 },
  };
}
