import { Inject, Injectable } from '@nestjs/common';
import { ACTION_STATUSES } from '@ethics/domain';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { ValidationProblem } from '../../common/app-errors';
import type { Actor } from '../../common/request-context';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { CaseAccess } from '../cases/case-access';
import { CaseRecords } from '../cases/case-records';
import { ActionHistoryRepository, EVERY_CASE } from './action-history.repository';
import { auditedAction, toActionDto } from './action-view';
import type {
  EnforcementActionDto,
  EnforcementActionPageDto,
  ListActionsQueryDto,
  ProposeActionDto,
} from './dto/enforcement-action.dto';
import { ActionNotFoundProblem, ActionRuleProblem } from './enforcement-actions.errors';
import { EnforcementActionsRepository } from './enforcement-actions.repository';
import { Clock } from '../../common/clock';

/** A case's enforcement actions: reading them and proposing new ones. */
@Injectable()
export class EnforcementActionsService {
  constructor(
    private readonly actions: EnforcementActionsRepository,
    private readonly history: ActionHistoryRepository,
    private readonly records: CaseRecords,
    private readonly access: CaseAccess,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, caseId: string, query: ListActionsQueryDto): Promise<EnforcementActionPageDto> {
    const { manager, found } = await this.records.read(actor, caseId, 'EnforcementAction');
    const { limit, cursor, ...filter } = query;
    const status = this.access.readableStatuses(actor, found, 'EnforcementAction', ACTION_STATUSES, filter.status);
    if (status?.length === 0) return { items: [], nextCursor: null };
    const page = await this.history.page(manager, EVERY_CASE, { ...filter, status, caseId }, limit, cursor);
    return { items: page.items.map(toActionDto), nextCursor: page.nextCursor };
  }

  async get(actor: Actor, caseId: string, actionId: string): Promise<EnforcementActionDto> {
    const { manager, found } = await this.records.read(actor, caseId, 'EnforcementAction');
    const action = await this.view(manager, caseId, actionId);
    this.access.assertRecordReadable(actor, found, 'EnforcementAction', action.status);
    return action;
  }

  async propose(actor: Actor, caseId: string, input: ProposeActionDto): Promise<EnforcementActionDto> {
    this.assertServicesInCatalogue(input.services);
    const write = {
      action: 'create',
      subject: 'EnforcementAction',
      work: 'propose_action',
      reason: input.reason,
    } as const;
    return this.records.write(actor, caseId, write, async ({ manager }) => {
      await this.assertReferences(manager, caseId, input);
      const id = await this.actions.insert(
        manager,
        {
          ...this.clock.rowDates(),
          caseId,
          subjectId: input.subjectId,
          type: input.type,
          services: input.services,
          scope: input.scope,
          rationale: input.rationale,
          status: 'proposed',
          effectiveFrom: input.effectiveFrom ? new Date(input.effectiveFrom) : null,
          effectiveUntil: input.effectiveUntil ? new Date(input.effectiveUntil) : null,
          proposedBy: actor.user.id,
          proposedAt: this.clock.now(),
        },
        input.findingIds ?? [],
        input.policyClauseIds ?? [],
      );
      const created = await this.view(manager, caseId, id);
      await this.audit.record(manager, actor.audit, {
        action: 'action.proposed',
        entityType: 'enforcement_action',
        entityId: id,
        caseId,
        after: auditedAction(created),
        reason: input.reason ?? null,
      });
      return created;
    });
  }

  private async view(manager: EntityManager, caseId: string, actionId: string): Promise<EnforcementActionDto> {
    const row = await this.history.findById(manager, actionId);
    if (!row || row.caseId !== caseId) throw new ActionNotFoundProblem();
    return toActionDto(row);
  }

  /** The catalogue is configuration, so it is checked here rather than by the DTO's decorators. */
  private assertServicesInCatalogue(services: string[]): void {
    const known = this.config.serviceCatalogue;
    const errors = services.flatMap((key, index) =>
      Object.hasOwn(known, key)
        ? []
        : [
            {
              field: `services[${index}]`,
              message: `"${key}" is not in the service catalogue (${Object.keys(known).join(', ')})`,
            },
          ],
    );
    if (errors.length > 0) throw new ValidationProblem(errors);
  }

  private async assertReferences(manager: EntityManager, caseId: string, input: ProposeActionDto): Promise<void> {
    if (!(await this.actions.subjectExists(manager, input.subjectId))) {
      throw new ActionRuleProblem('subjectId does not name a known subject.');
    }
    const strayFindings = await this.actions.findingsOutsideCase(manager, caseId, input.findingIds ?? []);
    if (strayFindings.length > 0) {
      throw new ActionRuleProblem(`These are not findings of this case: ${strayFindings.join(', ')}.`);
    }
    const unknownClauses = await this.actions.unknownPolicyClauses(manager, input.policyClauseIds ?? []);
    if (unknownClauses.length > 0) {
      throw new ActionRuleProblem(`These are not policy clauses: ${unknownClauses.join(', ')}.`);
    }
  }
}
