import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { ValidationProblem } from '../../common/app-errors';
import type { Actor } from '../../common/request-context';
import { UsersRepository } from '../users/users.repository';
import { CaseRecords } from './case-records';
import { AlreadyMemberProblem, CaseRuleProblem, MemberNotFoundProblem } from './cases.errors';
import { CasesRepository } from './cases.repository';
import type { CaseMemberDto, CaseMemberListDto } from './dto/case-member.dto';

/** Roles that work on cases and so can be on a case's team. */
const TEAM_ROLES = new Set(['reviewer', 'lead']);

@Injectable()
export class CaseMembersService {
  constructor(
    private readonly cases: CasesRepository,
    private readonly records: CaseRecords,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, caseId: string): Promise<CaseMemberListDto> {
    return this.records.onePage(actor, caseId, 'CaseMember', async ({ manager, found }) =>
      (await this.cases.members(manager, caseId)).map((row): CaseMemberDto => ({
        userId: row.userId,
        name: row.name,
        email: row.email,
        role: row.role as CaseMemberDto['role'],
        isLead: row.userId === found.entity.leadId,
        addedAt: new Date(row.addedAt).toISOString(),
        addedBy: row.addedBy,
      })),
    );
  }

  async add(actor: Actor, caseId: string, userId: string, reason: string | undefined): Promise<void> {
    const write = { action: 'create', subject: 'CaseMember', lock: 'update' } as const;
    await this.records.write(actor, caseId, write, async ({ manager, found }) => {
      const user = await this.users.findById(manager, userId);
      if (!user || !user.active) throw new CaseRuleProblem('Only an active user can join a case.');
      if (!TEAM_ROLES.has(user.role)) throw new CaseRuleProblem('Only reviewers and leads can be case members.');
      if (found.memberIds.includes(userId)) throw new AlreadyMemberProblem();
      await this.enrol(manager, actor, caseId, { id: userId, role: user.role }, reason ?? null);
    });
  }

  /** Adds someone to the case's team with its audit event, in the caller's transaction. */
  async enrol(
    manager: EntityManager,
    actor: Actor,
    caseId: string,
    user: { id: string; role: string },
    reason: string | null,
  ): Promise<void> {
    await this.cases.addMember(manager, caseId, user.id, actor.user.id);
    await this.audit.record(manager, actor.audit, {
      action: 'case.member_added',
      entityType: 'case_member',
      entityId: user.id,
      caseId,
      after: { userId: user.id, role: user.role },
      reason,
      metadata: { userId: user.id },
    });
  }

  async remove(actor: Actor, caseId: string, userId: string, reason: string | undefined): Promise<void> {
    if (!reason?.trim())
      throw new ValidationProblem([{ field: 'reason', message: 'reason is required to remove a member' }]);
    const write = { action: 'delete', subject: 'CaseMember', lock: 'update' } as const;
    await this.records.write(actor, caseId, write, async ({ manager, found }) => {
      if (!found.memberIds.includes(userId)) throw new MemberNotFoundProblem();
      if (found.entity.leadId === userId) throw new CaseRuleProblem('Name another lead before removing the case lead.');
      await this.cases.removeMember(manager, caseId, userId);
      await this.audit.record(manager, actor.audit, {
        action: 'case.member_removed',
        entityType: 'case_member',
        entityId: userId,
        caseId,
        before: { userId },
        reason,
        metadata: { userId },
      });
    });
  }
}
