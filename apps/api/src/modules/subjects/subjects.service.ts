import { Injectable } from '@nestjs/common';
import type { SubjectKind } from '@ethics/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Actor } from '../../common/request-context';
import { actionReaderFor } from '../enforcement-actions/action-history.repository';
import type { CreateSubjectDto, SubjectDetailDto, SubjectDto, SubjectPageDto } from './dto/subject.dto';
import type { SubjectEntity } from './entities/subject.entity';
import { SubjectNotFoundProblem, SubjectTreeProblem } from './subjects.errors';
import { SubjectsRepository } from './subjects.repository';
import { inTransaction } from '../../database/transaction';
import { Clock } from '../../common/clock';
import { iso } from '../../common/iso-date';

/** Which kinds may sit under which: ministry → unit → account; persons anywhere. */
const ALLOWED_PARENTS: Record<SubjectKind, readonly SubjectKind[]> = {
  organisation: ['organisation'],
  unit: ['organisation', 'unit'],
  account: ['organisation', 'unit'],
  person: ['organisation', 'unit'],
};

export function toSubjectDto(subject: SubjectEntity): SubjectDto {
  return {
    id: subject.id,
    type: subject.type,
    name: subject.name,
    parentId: subject.parentId,
    externalRef: subject.externalRef,
    country: subject.country,
    notes: subject.notes,
    version: subject.version,
    createdAt: new Date(subject.createdAt).toISOString(),
  };
}

@Injectable()
export class SubjectsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly subjects: SubjectsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(filter: { type?: string; q?: string; parentId?: string }, limit: number, cursor?: string) {
    const page = await this.subjects.page(filter, limit, cursor);
    return { items: page.items.map(toSubjectDto), nextCursor: page.nextCursor } satisfies SubjectPageDto;
  }

  async get(actor: Actor, id: string): Promise<SubjectDetailDto> {
    const manager = this.dataSource.manager;
    const subject = await this.subjects.findById(manager, id);
    if (!subject) throw new SubjectNotFoundProblem();
    const reader = actionReaderFor(actor.ability, actor.user.id);
    const [ancestors, children, cases, actions] = [
      await this.subjects.ancestors(manager, id),
      await this.subjects.children(manager, id),
      await this.subjects.cases(manager, id, reader),
      await this.subjects.actions(manager, id, reader),
    ];
    return {
      ...toSubjectDto(subject),
      ancestors: ancestors.map(toSubjectDto),
      children: children.map(toSubjectDto),
      cases,
      actions: actions.map((action) => ({
        ...action,
        proposedAt: new Date(action.proposedAt).toISOString(),
        executedAt: iso(action.executedAt),
      })),
    };
  }

  async create(actor: Actor, input: CreateSubjectDto): Promise<SubjectDetailDto> {
    const id = await inTransaction(this.dataSource, async (manager) => {
      if (input.parentId) {
        const parent = await this.subjects.findById(manager, input.parentId);
        if (!parent) throw new SubjectTreeProblem('The parent subject does not exist.');
        if (!ALLOWED_PARENTS[input.type].includes(parent.type)) {
          throw new SubjectTreeProblem(`A ${input.type} cannot sit under a ${parent.type}.`);
        }
      }
      const subject = await this.subjects.insert(manager, {
        ...this.clock.rowDates(),
        type: input.type,
        name: input.name,
        parentId: input.parentId ?? null,
        externalRef: input.externalRef ?? null,
        country: input.country ?? null,
        notes: input.notes ?? null,
        createdBy: actor.user.id,
      });
      await this.audit.record(manager, actor.audit, {
        action: 'subject.created',
        entityType: 'subject',
        entityId: subject.id,
        after: { ...toSubjectDto(subject) },
        reason: input.reason ?? null,
      });
      return subject.id;
    });
    return this.get(actor, id);
  }
}
