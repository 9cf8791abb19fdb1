import { Injectable } from '@nestjs/common';
import { ACTION_COMMANDS, type ActionCommand } from '@ethics/domain';
import { DataSource } from 'typeorm';
import type { AuditAction } from '../../audit/audit-event.types';
import { AuditService } from '../../audit/audit.service';
import { ValidationProblem, VersionConflictProblem } from '../../common/app-errors';
import type { Actor } from '../../common/request-context';
import { CaseAccess } from '../cases/case-access';
import { ActionHistoryRepository } from './action-history.repository';
import { actionStepPayloads, toActionDto } from './action-view';
import type { ActionCommandDto, ExecuteActionDto } from './dto/action-command.dto';
import type { EnforcementActionDto } from './dto/enforcement-action.dto';
import type { EnforcementActionEntity } from './entities/enforcement-action.entity';
import { ActionNotFoundProblem, ActionRuleProblem, IllegalActionTransitionProblem } from './enforcement-actions.errors';
import { EnforcementActionsRepository, type ActionStepChanges } from './enforcement-actions.repository';
import { inTransaction } from '../../database/transaction';
import { Clock } from '../../common/clock';

/** Client clocks drift; an execution time this far ahead of ours is still accepted as "now". */
const CLOCK_SKEW_MS = 60_000;

const AUDIT_ACTIONS = {
  approve: 'action.approved',
  reject: 'action.rejected',
  execute: 'action.executed',
  reverse: 'action.reversed',
} as const satisfies Record<ActionCommand, AuditAction>;

/**
 * Moves an action through its lifecycle (ACTION_COMMANDS in libs/domain), one
 * explicit command at a time, each with who, when and why kept on the row.
 */
@Injectable()
export class ActionLifecycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actions: EnforcementActionsRepository,
    private readonly history: ActionHistoryRepository,
    private readonly access: CaseAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  approve(actor: Actor, caseId: string, actionId: string, input: ActionCommandDto): Promise<EnforcementActionDto> {
    return this.decide(actor, caseId, actionId, 'approve', input);
  }

  reject(actor: Actor, caseId: string, actionId: string, input: ActionCommandDto): Promise<EnforcementActionDto> {
    return this.decide(actor, caseId, actionId, 'reject', input);
  }

  execute(actor: Actor, caseId: string, actionId: string, input: ExecuteActionDto): Promise<EnforcementActionDto> {
    const executedAt = input.executedAt ? new Date(input.executedAt) : null;
    if (executedAt && executedAt.getTime() > this.clock.now().getTime() + CLOCK_SKEW_MS) {
      throw new ValidationProblem([{ field: 'executedAt', message: 'executedAt must not be in the future' }]);
    }
    return this.apply(actor, caseId, actionId, 'execute', input, (now, found) => {
      if (executedAt && found.decidedAt && executedAt < found.decidedAt) {
        throw new ActionRuleProblem('An action cannot have been executed before it was approved.');
      }
      return {
        executedBy: actor.user.id,
        executedAt: executedAt ?? now,
        executionReference: input.executionReference,
        executionReason: input.reason,
      };
    });
  }

  reverse(actor: Actor, caseId: string, actionId: string, input: ActionCommandDto): Promise<EnforcementActionDto> {
    return this.apply(actor, caseId, actionId, 'reverse', input, (now) => ({
      reversedBy: actor.user.id,
      reversedAt: now,
      reversalReason: input.reason,
    }));
  }

  /** Approval and rejection are one decision, kept in the same three fields. */
  private decide(
    actor: Actor,
    caseId: string,
    actionId: string,
    command: 'approve' | 'reject',
    input: ActionCommandDto,
  ): Promise<EnforcementActionDto> {
    return this.apply(actor, caseId, actionId, command, input, (now) => ({
      decidedBy: actor.user.id,
      decidedAt: now,
      decisionReason: input.reason,
    }));
  }

  private async apply(
    actor: Actor,
    caseId: string,
    actionId: string,
    command: ActionCommand,
    input: ActionCommandDto,
    stepFields: (now: Date, found: EnforcementActionEntity) => ActionStepChanges,
  ): Promise<EnforcementActionDto> {
    return inTransaction(this.dataSource, async (manager) => {
      await this.access.load(manager, actor, caseId, command, 'EnforcementAction');
      // Locked, so that of two simultaneous approvals only the first sees `proposed`.
      const found = await this.actions.findInCase(manager, caseId, actionId, true);
      if (!found) throw new ActionNotFoundProblem();
      if (input.version !== undefined && input.version !== found.version) {
        throw new VersionConflictProblem('The enforcement action', found.version);
      }
      const move = ACTION_COMMANDS[command];
      if (found.status !== move.from) throw new IllegalActionTransitionProblem(command, found.status);
      if ((command === 'approve' || command === 'reject') && found.proposedBy === actor.user.id) {
        throw new ActionRuleProblem(`Four eyes: someone other than its proposer must ${command} an action.`);
      }

      const changes: ActionStepChanges = { status: move.to, ...stepFields(this.clock.now(), found) };
      if (!(await this.actions.updateAtVersion(manager, actionId, found.version, changes))) {
        throw new VersionConflictProblem('The enforcement action', found.version);
      }
      await this.audit.record(manager, actor.audit, {
        action: AUDIT_ACTIONS[command],
        entityType: 'enforcement_action',
        entityId: actionId,
        caseId,
        ...actionStepPayloads(found, changes),
        reason: input.reason,
      });
      const row = await this.history.findById(manager, actionId);
      return toActionDto(row!);
    });
  }
}
