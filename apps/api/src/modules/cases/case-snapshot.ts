import type { CaseEntity } from './entities/case.entity';
import type { CaseDto } from './dto/case.dto';
import { iso } from '../../common/iso-date';
import { bookkeeping, withoutTimestamps } from '../../common/row-bookkeeping';

export function toCaseDto(entity: CaseEntity): CaseDto {
  return {
    id: entity.id,
    reference: entity.reference,
    title: entity.title,
    summary: entity.summary,
    severity: entity.severity,
    status: entity.status,
    outcome: entity.outcome,
    outcomeSummary: entity.outcomeSummary,
    restricted: entity.restricted,
    region: entity.region,
    country: entity.country,
    products: entity.products,
    tags: entity.tags,
    leadId: entity.leadId,
    createdBy: entity.createdBy,
    openedAt: iso(entity.openedAt)!,
    dueAt: iso(entity.dueAt),
    closedAt: iso(entity.closedAt),
    ...bookkeeping(entity),
  };
}

/** What the audit trail keeps of a case: its fields, without bookkeeping timestamps. */
export function auditedCase(entity: CaseEntity): Record<string, unknown> {
  return withoutTimestamps(toCaseDto(entity));
}

type CaseState = Pick<CaseEntity, 'status' | 'outcome' | 'outcomeSummary'>;

/** A transition as the audit trail keeps it: status and outcome, before and after. */
export function transitionPayloads(from: CaseState, to: CaseState) {
  const state = ({ status, outcome, outcomeSummary }: CaseState) => ({ status, outcome, outcomeSummary });
  return { before: state(from), after: state(to) };
}
