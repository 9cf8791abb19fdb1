import { Injectable } from '@nestjs/common';
import { canTransition, isReopening, requiresOutcome } from '@ethics/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { VersionConflictProblem } from '../../common/app-errors';
import type { Actor } from '../../common/request-context';
import { CaseAccess } from './case-access';
import { transitionPayloads } from './case-snapshot';
import { IllegalCaseTransitionProblem, CaseRuleProblem } from './cases.errors';
import { CasesRepository } from './cases.repository';
import type { TransitionCaseDto } from './dto/case.dto';
import type { CaseEntity } from './entities/case.entity';
import { inTransaction } from '../../database/transaction';
import { Clock } from '../../common/clock';

/** Moves a case through its lifecycle (libs/domain's table), one explicit command at a time. */
@Injectable()
export class CaseTransitionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CasesRepository,
    private readonly access: CaseAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async transition(actor: Actor, id: string, input: TransitionCaseDto): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      // Locked, so that two simultaneous moves from the same status cannot both pass the check.
      const found = await this.access.load(manager, actor, id, 'transition', 'Case', 'update');
      const from = found.entity.status;
      if (input.version !== undefined && input.version !== found.entity.version) {
        throw new VersionConflictProblem('The case', found.entity.version);
      }
      if (!canTransition(from, input.to)) throw new IllegalCaseTransitionProblem(from, input.to);

      const changes: Partial<CaseEntity> = { status: input.to };
      if (requiresOutcome(input.to)) {
        if (!input.outcome || !input.outcomeSummary?.trim()) {
          throw new CaseRuleProblem('Closing a case needs an outcome and an outcome summary.');
        }
        const { openAllegations } = await this.cases.childCounts(manager, id);
        if (openAllegations > 0) {
          throw new CaseRuleProblem(`${openAllegations} allegation(s) still have no finding; conclude them first.`);
        }
        Object.assign(changes, {
          outcome: input.outcome,
          outcomeSummary: input.outcomeSummary,
          closedAt: this.clock.now(),
        });
      } else if (input.outcome || input.outcomeSummary) {
        throw new CaseRuleProblem('An outcome is recorded only when a case is closed.');
      }
      if (input.to === 'dismissed') changes.closedAt = this.clock.now();
      if (isReopening(from, input.to)) Object.assign(changes, { outcome: null, outcomeSummary: null, closedAt: null });

      await this.cases.updateAtVersion(manager, id, found.entity.version, changes);
      await this.audit.record(manager, actor.audit, {
        action: 'case.transitioned',
        entityType: 'case',
        entityId: id,
        caseId: id,
        ...transitionPayloads(found.entity, {
          status: input.to,
          outcome: changes.outcome !== undefined ? changes.outcome : found.entity.outcome,
          outcomeSummary: changes.outcomeSummary !== undefined ? changes.outcomeSummary : found.entity.outcomeSummary,
        }),
        reason: input.reason,
        metadata: { from, to: input.to },
      });
    });
  }
}
