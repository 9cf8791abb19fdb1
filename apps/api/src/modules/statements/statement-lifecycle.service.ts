import { Injectable } from '@nestjs/common';
import { PUBLIC_AUDIENCES, STATEMENT_COMMANDS, type StatementCommand } from '@ethics/domain';
import { DataSource } from 'typeorm';
import type { AuditAction } from '../../audit/audit-event.types';
import { AuditService } from '../../audit/audit.service';
import { ForbiddenProblem, VersionConflictProblem } from '../../common/app-errors';
import type { Actor } from '../../common/request-context';
import { CaseAccess } from '../cases/case-access';
import type { StatementCommandDto, StatementDto } from './dto/statement.dto';
import type { StatementEntity } from './entities/statement.entity';
import { statementStepPayloads, toStatementDto } from './statement-view';
import { IllegalStatementTransitionProblem, StatementNotFoundProblem, StatementRuleProblem } from './statements.errors';
import { StatementsRepository, type StatementChanges } from './statements.repository';
import { inTransaction } from '../../database/transaction';
import { Clock } from '../../common/clock';

const AUDIT_ACTIONS = {
  submit: 'statement.submitted',
  approve: 'statement.approved',
  publish: 'statement.published',
} as const satisfies Record<StatementCommand, AuditAction>;

const DONE: Record<StatementCommand, string> = { submit: 'submitted', approve: 'approved', publish: 'published' };

/** Roles that may sign off what the company says in public. */
const PUBLIC_APPROVER_ROLES = new Set(['lead', 'executive']);

/** Moves an issued statement draft → in_review → approved → published (STATEMENT_COMMANDS in libs/domain). */
@Injectable()
export class StatementLifecycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly statements: StatementsRepository,
    private readonly access: CaseAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  submit(actor: Actor, caseId: string, statementId: string, input: StatementCommandDto): Promise<StatementDto> {
    return this.apply(actor, caseId, statementId, 'submit', input, (now) => ({ submittedAt: now }));
  }

  approve(actor: Actor, caseId: string, statementId: string, input: StatementCommandDto): Promise<StatementDto> {
    return this.apply(actor, caseId, statementId, 'approve', input, (now, found) => {
      // Four eyes for what the public reads: the approver wrote none of it. Internal audiences may be
      // approved by their author (a lead).
      if (PUBLIC_AUDIENCES.includes(found.audience)) {
        if (found.authorId === actor.user.id) {
          throw new StatementRuleProblem(
            `Four eyes: a ${found.audience} statement needs an approver other than its author.`,
          );
        }
        if (found.editorIds.includes(actor.user.id)) {
          throw new StatementRuleProblem(
            `Four eyes: you edited this ${found.audience} statement, so someone who wrote none of it must approve it.`,
          );
        }
        if (!PUBLIC_APPROVER_ROLES.has(actor.user.role)) {
          throw new ForbiddenProblem(`Only a lead or an executive may approve a ${found.audience} statement.`);
        }
      }
      return { approvedBy: actor.user.id, approvedAt: now };
    });
  }

  publish(actor: Actor, caseId: string, statementId: string, input: StatementCommandDto): Promise<StatementDto> {
    return this.apply(actor, caseId, statementId, 'publish', input, (now, found) => ({
      publishedBy: actor.user.id,
      publishedAt: now,
      statedAt: found.statedAt ?? now,
    }));
  }

  private async apply(
    actor: Actor,
    caseId: string,
    statementId: string,
    command: StatementCommand,
    input: StatementCommandDto,
    stepFields: (now: Date, found: StatementEntity) => StatementChanges,
  ): Promise<StatementDto> {
    return inTransaction(this.dataSource, async (manager) => {
      await this.access.load(manager, actor, caseId, command, 'Statement');
      // Locked, so that of two simultaneous approvals only the first sees `in_review`.
      const found = await this.statements.findInCase(manager, caseId, statementId, true);
      if (!found) throw new StatementNotFoundProblem();
      if (input.version !== undefined && input.version !== found.version) {
        throw new VersionConflictProblem('The statement', found.version);
      }
      if (found.direction === 'received') {
        throw new IllegalStatementTransitionProblem(
          `A received statement has no lifecycle; it cannot be ${DONE[command]}.`,
        );
      }
      const move = STATEMENT_COMMANDS[command];
      if (found.status !== move.from) {
        throw new IllegalStatementTransitionProblem(
          `A statement that is ${found.status} cannot be ${DONE[command]}; it must be ${move.from}.`,
        );
      }

      const changes: StatementChanges = { status: move.to, ...stepFields(this.clock.now(), found) };
      if (!(await this.statements.updateAtVersion(manager, statementId, found.version, changes))) {
        throw new VersionConflictProblem('The statement', found.version);
      }
      const updated = (await this.statements.findInCase(manager, caseId, statementId))!;
      await this.audit.record(manager, actor.audit, {
        action: AUDIT_ACTIONS[command],
        entityType: 'statement',
        entityId: statementId,
        caseId,
        ...statementStepPayloads(found, updated, Object.keys(changes) as (keyof StatementEntity)[]),
        reason: input.reason,
      });
      return toStatementDto(updated);
    });
  }
}
