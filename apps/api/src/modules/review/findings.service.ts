import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service';
import type { Actor } from '../../common/request-context';
import { AllegationsRepository } from '../allegations/allegations.repository';
import { CaseRecords } from '../cases/case-records';
import { PoliciesRepository } from '../policies/policies.repository';
import type { CreateFindingDto, FindingDto, FindingListDto } from './dto/finding.dto';
import { ReviewRuleProblem } from './review.errors';
import { ReviewRepository, type FindingWithLinks } from './review.repository';
import { Clock } from '../../common/clock';

export function toFindingDto({ entity, evidenceIds, policyClauseIds }: FindingWithLinks): FindingDto {
  return {
    id: entity.id,
    caseId: entity.caseId,
    allegationId: entity.allegationId,
    conclusion: entity.conclusion,
    rationale: entity.rationale,
    externalReviewer: entity.externalReviewer,
    evidenceIds,
    policyClauseIds,
    authorId: entity.authorId,
    createdAt: new Date(entity.createdAt).toISOString(),
  };
}

/**
 * Findings conclude allegations. Recording one also sets the allegation's own
 * finding status and rationale, in the same transaction, so the two never disagree.
 */
@Injectable()
export class FindingsService {
  constructor(
    private readonly review: ReviewRepository,
    private readonly allegations: AllegationsRepository,
    private readonly clauses: PoliciesRepository,
    private readonly records: CaseRecords,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  list(actor: Actor, caseId: string): Promise<FindingListDto> {
    return this.records.onePage(actor, caseId, 'Finding', async ({ manager }) =>
      (await this.review.findingsOfCase(manager, caseId)).map(toFindingDto),
    );
  }

  async create(actor: Actor, caseId: string, input: CreateFindingDto): Promise<FindingDto> {
    const write = { action: 'create', subject: 'Finding', work: 'add_finding', reason: input.reason } as const;
    return this.records.write(actor, caseId, write, async ({ manager }) => {
      const allegation = await this.allegations.findInCase(manager, caseId, input.allegationId, true);
      if (!allegation) throw new ReviewRuleProblem('The allegation is not part of this case.');
      const evidenceIds = input.evidenceIds ?? [];
      const ofCase = await this.review.evidenceOfCase(manager, caseId, evidenceIds);
      const foreign = evidenceIds.filter((id) => !ofCase.has(id));
      if (foreign.length) throw new ReviewRuleProblem(`Evidence not in this case: ${foreign.join(', ')}`);
      const policyClauseIds = input.policyClauseIds ?? [];
      const known = await this.clauses.existingIds(manager, policyClauseIds);
      const unknown = policyClauseIds.filter((id) => !known.has(id));
      if (unknown.length) throw new ReviewRuleProblem(`Unknown policy clauses: ${unknown.join(', ')}`);

      const finding = await this.review.insertFinding(
        manager,
        {
          ...this.clock.rowDates(),
          caseId,
          allegationId: input.allegationId,
          conclusion: input.conclusion,
          rationale: input.rationale,
          externalReviewer: input.externalReviewer?.trim() || null,
          authorId: actor.user.id,
        },
        { evidenceIds, policyClauseIds },
      );
      await this.allegations.updateAtVersion(manager, input.allegationId, allegation.entity.version, {
        findingStatus: input.conclusion,
        findingRationale: input.rationale,
      });
      const dto = toFindingDto((await this.review.findingById(manager, finding.id))!);
      await this.audit.record(manager, actor.audit, {
        action: 'finding.recorded',
        entityType: 'finding',
        entityId: finding.id,
        caseId,
        after: { ...dto },
        reason: input.reason ?? null,
        metadata: { allegationId: input.allegationId },
      });
      await this.audit.record(manager, actor.audit, {
        action: 'allegation.updated',
        entityType: 'allegation',
        entityId: input.allegationId,
        caseId,
        before: {
          findingStatus: allegation.entity.findingStatus,
          findingRationale: allegation.entity.findingRationale,
        },
        after: { findingStatus: input.conclusion, findingRationale: input.rationale },
        reason: `finding ${finding.id}`,
      });
      return dto;
    });
  }
}
