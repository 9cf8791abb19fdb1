import { Injectable } from '@nestjs/common';
import { caseScoped } from '@ethics/authz';
import { formatCaseReference } from '@ethics/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { ForbiddenProblem, VersionConflictProblem } from '../../common/app-errors';
import type { Actor } from '../../common/request-context';
import { UsersRepository } from '../users/users.repository';
import { CaseAccess } from './case-access';
import { CaseMembersService } from './case-members.service';
import { auditedCase, toCaseDto } from './case-snapshot';
import { caseVisibility } from './case-visibility';
import { CaseRuleProblem } from './cases.errors';
import { CasesRepository, type ScopedCase } from './cases.repository';
import { canReadCasePart, visibleCase } from './case-view';
import type { CaseDetailDto, CasePageDto, CreateCaseDto, ListCasesQueryDto, UpdateCaseDto } from './dto/case.dto';
import type { CaseEntity } from './entities/case.entity';
import { inTransaction } from '../../database/transaction';
import { Clock } from '../../common/clock';

const EDITABLE_FIELDS = [
  'title',
  'summary',
  'severity',
  'restricted',
  'region',
  'country',
  'products',
  'tags',
  'dueAt',
  'leadId',
] as const;

const scopeOf = (found: ScopedCase) => ({ restricted: found.entity.restricted, memberIds: found.memberIds });

@Injectable()
export class CasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CasesRepository,
    private readonly access: CaseAccess,
    private readonly members: CaseMembersService,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, query: ListCasesQueryDto): Promise<CasePageDto> {
    const page = await this.cases.page(
      caseVisibility(actor.ability, actor.user.id),
      actor.user.id,
      {
        status: query.status,
        severity: query.severity,
        outcome: query.outcome,
        q: query.q,
        memberId: query.member === 'me' ? actor.user.id : undefined,
        openedFrom: query.openedFrom,
        openedTo: query.openedTo,
      },
      query.limit,
      query.cursor,
    );
    return {
      items: page.items.map((found) => visibleCase(actor.ability, scopeOf(found), toCaseDto(found.entity))),
      nextCursor: page.nextCursor,
    };
  }

  async get(actor: Actor, id: string): Promise<CaseDetailDto> {
    const manager = this.dataSource.manager;
    const found = await this.access.load(manager, actor, id);
    return await this.detail(manager, actor, found);
  }

  async create(actor: Actor, input: CreateCaseDto): Promise<CaseDetailDto> {
    // The opener becomes a member; only a role that may restrict a case it belongs to may open one restricted.
    const asMember = caseScoped('Case', { restricted: false, memberIds: [actor.user.id] });
    if (input.restricted && !actor.ability.can('update', asMember, 'restricted')) {
      throw new ForbiddenProblem('Only leads may restrict a case.');
    }
    const id = await inTransaction(this.dataSource, async (manager) => {
      const openedAt = this.clock.now();
      const number = await this.cases.nextReferenceNumber(manager);
      const created = await this.cases.insert(manager, {
        ...this.clock.rowDates(),
        reference: formatCaseReference(openedAt.getUTCFullYear(), number),
        title: input.title,
        summary: input.summary,
        severity: input.severity,
        status: 'intake',
        restricted: input.restricted ?? false,
        region: input.region ?? null,
        country: input.country ?? null,
        products: input.products ?? [],
        tags: input.tags ?? [],
        dueAt: input.dueAt ? new Date(input.dueAt) : null,
        leadId: actor.user.role === 'lead' ? actor.user.id : null,
        createdBy: actor.user.id,
        openedAt,
      });
      await this.cases.addMember(manager, created.id, actor.user.id, actor.user.id);
      await this.audit.record(manager, actor.audit, {
        action: 'case.created',
        entityType: 'case',
        entityId: created.id,
        caseId: created.id,
        after: { ...auditedCase(created), memberIds: [actor.user.id] },
        reason: input.reason ?? null,
      });
      return created.id;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, input: UpdateCaseDto): Promise<CaseDetailDto> {
    return await inTransaction(this.dataSource, async (manager) => {
      const found = await this.access.load(manager, actor, id, 'update');
      const fields = EDITABLE_FIELDS.filter((field) => input[field] !== undefined);
      this.access.assertFieldsEditable(actor, found, [...fields]);
      if (found.entity.version !== input.version) throw new VersionConflictProblem('The case', found.entity.version);
      if (input.leadId) await this.assertCanLead(manager, input.leadId);

      const changes: Partial<CaseEntity> = {};
      for (const field of fields) {
        const value = input[field];
        if (field === 'dueAt') changes.dueAt = value ? new Date(value as string) : null;
        else Object.assign(changes, { [field]: value });
      }
      if (!(await this.cases.updateAtVersion(manager, id, input.version, changes))) {
        const current = await this.cases.findScoped(manager, id);
        throw new VersionConflictProblem('The case', current?.entity.version ?? input.version);
      }
      if (input.leadId && !found.memberIds.includes(input.leadId)) {
        await this.cases.addMember(manager, id, input.leadId, actor.user.id);
      }
      const after = (await this.cases.findScoped(manager, id))!;
      await this.audit.recordEdit(manager, actor.audit, {
        action: 'case.updated',
        entityType: 'case',
        entityId: id,
        caseId: id,
        before: auditedCase(found.entity),
        after: auditedCase(after.entity),
        reason: input.reason ?? null,
      });
      // Whoever restricts a case stays able to see it: they join its team in the same transaction.
      if (after.entity.restricted && !after.memberIds.includes(actor.user.id)) {
        await this.members.enrol(manager, actor, id, actor.user, 'Joined the team on restricting the case.');
        after.memberIds.push(actor.user.id);
      }
      // Answered from the row this transaction wrote: a read after commit would be authorised afresh.
      return await this.detail(manager, actor, after);
    });
  }

  /** The case with its team and counts, as far as the caller may see them. */
  private async detail(manager: EntityManager, actor: Actor, found: ScopedCase): Promise<CaseDetailDto> {
    const scope = scopeOf(found);
    const counts = canReadCasePart(actor.ability, scope, 'counts')
      ? await this.cases.childCounts(manager, found.entity.id)
      : null;
    return visibleCase(actor.ability, scope, { ...toCaseDto(found.entity), memberIds: found.memberIds, counts });
  }

  private async assertCanLead(manager: EntityManager, userId: string): Promise<void> {
    const user = await this.users.findById(manager, userId);
    if (!user || !user.active || user.role !== 'lead') {
      throw new CaseRuleProblem('A case lead must be an active user with the lead role.');
    }
  }
}
