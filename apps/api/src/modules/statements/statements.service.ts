import { changedFields } from '../../common/changed-fields';
import { Injectable } from '@nestjs/common';
import { caseScoped } from '@ethics/authz';
import { STATEMENT_STATUSES } from '@ethics/domain';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { ForbiddenProblem, ValidationProblem, VersionConflictProblem } from '../../common/app-errors';
import type { Actor } from '../../common/request-context';
import { CaseAccess } from '../cases/case-access';
import { CaseRecords } from '../cases/case-records';
import { assertCaseTakesWork } from '../cases/case-work';

import type { ScopedCase } from '../cases/cases.repository';
import type {
  CreateStatementDto,
  ListStatementsQueryDto,
  StatementDto,
  StatementPageDto,
  UpdateStatementDto,
} from './dto/statement.dto';
import type { StatementEntity } from './entities/statement.entity';
import { auditedStatement, toStatementDto } from './statement-view';
import { StatementNotFoundProblem, StatementRuleProblem } from './statements.errors';
import { StatementsRepository, type StatementChanges } from './statements.repository';
import { Clock } from '../../common/clock';

const EDITABLE_FIELDS = ['body', 'channel', 'audience', 'source', 'statedAt'] as const;

/** Client clocks drift; a time this far ahead of ours still counts as the past. */
const CLOCK_SKEW_MS = 60_000;

/** A case's statements: reading, drafting or recording them, editing, and superseding published ones. */
@Injectable()
export class StatementsService {
  constructor(
    private readonly statements: StatementsRepository,
    private readonly records: CaseRecords,
    private readonly access: CaseAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, caseId: string, query: ListStatementsQueryDto): Promise<StatementPageDto> {
    const { manager, found } = await this.records.read(actor, caseId, 'Statement');
    const { limit, cursor, ...filter } = query;
    const status = this.access.readableStatuses(actor, found, 'Statement', STATEMENT_STATUSES, filter.status);
    if (status?.length === 0) return { items: [], nextCursor: null };
    const page = await this.statements.page(manager, caseId, { ...filter, status }, limit, cursor);
    return { items: page.items.map(toStatementDto), nextCursor: page.nextCursor };
  }

  async get(actor: Actor, caseId: string, statementId: string): Promise<StatementDto> {
    const { manager, found: scoped } = await this.records.read(actor, caseId, 'Statement');
    const found = await this.statements.findInCase(manager, caseId, statementId);
    if (!found) throw new StatementNotFoundProblem();
    this.access.assertRecordReadable(actor, scoped, 'Statement', found.status);
    return toStatementDto(found);
  }

  async create(actor: Actor, caseId: string, input: CreateStatementDto): Promise<StatementDto> {
    if (input.direction === 'received') assertNotFuture(input.statedAt);
    const work = input.direction === 'issued' ? 'draft_statement' : 'record_received_statement';
    const write = { action: 'create', subject: 'Statement', work, reason: input.reason } as const;
    return this.records.write(actor, caseId, write, async ({ manager, found }) => {
      const replaced = input.supersedesId ? await this.supersedable(manager, actor, found, input) : null;
      const id = await this.statements.insert(manager, {
        ...this.clock.rowDates(),
        caseId,
        direction: input.direction,
        audience: input.audience,
        channel: input.channel ?? null,
        // Issued: its author; received: who recorded it.
        authorId: actor.user.id,
        source: input.source ?? null,
        body: input.body,
        status: input.direction === 'issued' ? 'draft' : 'received',
        statedAt: input.statedAt ? new Date(input.statedAt) : null,
        supersedesId: replaced?.id ?? null,
      });
      const created = (await this.statements.findInCase(manager, caseId, id))!;
      await this.audit.record(manager, actor.audit, {
        action: 'statement.created',
        entityType: 'statement',
        entityId: id,
        caseId,
        after: auditedStatement(created),
        reason: input.reason ?? null,
      });
      if (replaced) {
        await this.statements.updateAtVersion(manager, replaced.id, replaced.version, { supersededById: id });
        await this.audit.record(manager, actor.audit, {
          action: 'statement.superseded',
          entityType: 'statement',
          entityId: replaced.id,
          caseId,
          before: { supersededById: null, version: replaced.version },
          after: { supersededById: id, version: replaced.version + 1 },
          reason: input.reason ?? null,
          metadata: { supersededById: id },
        });
      }
      return toStatementDto(created);
    });
  }

  async update(actor: Actor, caseId: string, statementId: string, input: UpdateStatementDto): Promise<StatementDto> {
    // The statement is looked up before the case's work rule, so that a missing one is "not found" first.
    return this.records.write(
      actor,
      caseId,
      { action: 'update', subject: 'Statement' },
      async ({ manager, found: scoped }) => {
        const found = await this.statements.findInCase(manager, caseId, statementId, true);
        if (!found) throw new StatementNotFoundProblem();
        assertCaseTakesWork(scoped, actor, 'change_statement', input.reason);
        if (found.version !== input.version) throw new VersionConflictProblem('The statement', found.version);
        assertEditable(found);
        if (found.direction === 'received') assertNotFuture(input.statedAt);

        const changes: StatementChanges = {};
        for (const field of EDITABLE_FIELDS) {
          const value = input[field];
          if (value === undefined) continue;
          if (field === 'statedAt') changes.statedAt = value ? new Date(value) : null;
          else Object.assign(changes, { [field]: value });
        }
        const edited = changedFields(auditedStatement(found), auditedStatement({ ...found, ...changes }));
        if (Object.keys(edited.after).length === 0) return toStatementDto(found);
        // Whoever changes a statement has written part of it, so four eyes bars them from approving it.
        if (found.authorId !== actor.user.id && !found.editorIds.includes(actor.user.id)) {
          changes.editorIds = [...found.editorIds, actor.user.id];
        }
        // The text under review is no longer what was submitted: it goes back to draft, to be submitted again.
        if (found.status === 'in_review') Object.assign(changes, { status: 'draft', submittedAt: null });
        const diff = changedFields(auditedStatement(found), auditedStatement({ ...found, ...changes }));

        if (!(await this.statements.updateAtVersion(manager, statementId, input.version, changes))) {
          throw new VersionConflictProblem('The statement', found.version);
        }
        const updated = (await this.statements.findInCase(manager, caseId, statementId))!;
        await this.audit.record(manager, actor.audit, {
          action: 'statement.updated',
          entityType: 'statement',
          entityId: statementId,
          caseId,
          before: { ...diff.before, version: found.version },
          after: { ...diff.after, version: updated.version },
          reason: input.reason ?? null,
        });
        return toStatementDto(updated);
      },
    );
  }

  /** The published statement of this case that the new one replaces, locked until commit. */
  private async supersedable(
    manager: EntityManager,
    actor: Actor,
    found: ScopedCase,
    input: CreateStatementDto,
  ): Promise<StatementEntity> {
    // Superseding changes the old statement too, so it takes the right to edit statements on this case.
    const scope = { restricted: found.entity.restricted, memberIds: found.memberIds };
    if (!actor.ability.can('update', caseScoped('Statement', scope))) {
      throw new ForbiddenProblem('Your role may not supersede statements on this case.');
    }
    if (input.direction !== 'issued') {
      throw new StatementRuleProblem('Only an issued statement can supersede a published one.');
    }
    const replaced = await this.statements.findInCase(manager, found.entity.id, input.supersedesId!, true);
    if (!replaced) throw new StatementRuleProblem('supersedesId does not name a statement of this case.');
    if (replaced.status !== 'published') {
      throw new StatementRuleProblem('Only a published statement can be superseded; edit a draft instead.');
    }
    if (replaced.supersededById) {
      throw new StatementRuleProblem(`That statement is already superseded by ${replaced.supersededById}.`);
    }
    return replaced;
  }
}

/**
 * Received statements are records of what others said and may be corrected at
 * any time. Issued ones may change while draft or in review (an edit in review
 * sends them back to draft); once approved, the text is what the approver
 * signed off, and once published it was said.
 */
function assertEditable(statement: StatementEntity): void {
  if (statement.status === 'published') {
    throw new StatementRuleProblem(
      'A published statement cannot be edited; supersede it with a new statement instead.',
    );
  }
  if (statement.status === 'approved') {
    throw new StatementRuleProblem(
      'An approved statement cannot be edited: its text is what was approved. Publish it, or draft a new one.',
    );
  }
}

/** What someone else said cannot have been said in the future. */
function assertNotFuture(statedAt: string | null | undefined): void {
  if (statedAt && Date.parse(statedAt) > Date.now() + CLOCK_SKEW_MS) {
    throw new ValidationProblem([
      { field: 'statedAt', message: 'statedAt of a received statement must not be in the future' },
    ]);
  }
}
