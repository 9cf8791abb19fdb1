import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service';
import { VersionConflictProblem } from '../../common/app-errors';
import type { Actor } from '../../common/request-context';
import { CaseRecords } from '../cases/case-records';
import type { CreateTaskDto, TaskDto, TaskListDto, UpdateTaskDto } from './dto/task.dto';
import type { TaskEntity } from './entities/task.entity';
import { ReviewRuleProblem, TaskNotFoundProblem } from './review.errors';
import { ReviewRepository } from './review.repository';
import { Clock } from '../../common/clock';
import { pastDateError, refuseDateErrors } from '../../common/date-bounds';
import { iso } from '../../common/iso-date';
import { bookkeeping } from '../../common/row-bookkeeping';

const FINISHED = new Set(['done', 'cancelled']);

export function toTaskDto(task: TaskEntity, now = new Date()): TaskDto {
  return {
    id: task.id,
    caseId: task.caseId,
    title: task.title,
    description: task.description,
    assigneeId: task.assigneeId,
    dueAt: iso(task.dueAt),
    status: task.status,
    overdue: task.dueAt !== null && new Date(task.dueAt) < now && !FINISHED.has(task.status),
    completedAt: iso(task.completedAt),
    createdBy: task.createdBy,
    ...bookkeeping(task),
  };
}

/** Review tasks: who does what on a case, by when. */
@Injectable()
export class TasksService {
  constructor(
    private readonly review: ReviewRepository,
    private readonly records: CaseRecords,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  list(actor: Actor, caseId: string): Promise<TaskListDto> {
    return this.records.onePage(actor, caseId, 'Task', async ({ manager }) =>
      (await this.review.tasksOfCase(manager, caseId)).map((task) => toTaskDto(task, this.clock.now())),
    );
  }

  async create(actor: Actor, caseId: string, input: CreateTaskDto): Promise<TaskDto> {
    refuseDateErrors(pastDateError('dueAt', input.dueAt, this.clock.now()));
    const write = { action: 'create', subject: 'Task', work: 'add_task', reason: input.reason } as const;
    return this.records.write(actor, caseId, write, async ({ manager, found }) => {
      if (input.assigneeId && !found.memberIds.includes(input.assigneeId)) {
        throw new ReviewRuleProblem('A task can only be assigned to a member of the case.');
      }
      const task = await this.review.insertTask(manager, {
        ...this.clock.rowDates(),
        caseId,
        title: input.title.trim(),
        description: input.description ?? null,
        assigneeId: input.assigneeId ?? null,
        dueAt: input.dueAt ? new Date(input.dueAt) : null,
        status: 'open',
        createdBy: actor.user.id,
      });
      await this.audit.record(manager, actor.audit, {
        action: 'task.created',
        entityType: 'task',
        entityId: task.id,
        caseId,
        after: { ...toTaskDto(task, this.clock.now()) },
        reason: input.reason ?? null,
      });
      return toTaskDto(task, this.clock.now());
    });
  }

  async update(actor: Actor, caseId: string, id: string, input: UpdateTaskDto): Promise<TaskDto> {
    const write = { action: 'update', subject: 'Task', work: 'change_task', reason: input.reason } as const;
    return this.records.write(actor, caseId, write, async ({ manager, found }) => {
      const before = await this.review.taskInCase(manager, caseId, id, true);
      if (!before) throw new TaskNotFoundProblem();
      if (before.version !== input.version) throw new VersionConflictProblem('The task', before.version);
      // Only a new due date is checked: an overdue task keeps its date through other edits.
      if (input.dueAt && Date.parse(input.dueAt) !== before.dueAt?.getTime()) {
        refuseDateErrors(pastDateError('dueAt', input.dueAt, this.clock.now()));
      }
      if (input.assigneeId && !found.memberIds.includes(input.assigneeId)) {
        throw new ReviewRuleProblem('A task can only be assigned to a member of the case.');
      }
      const changes: Partial<TaskEntity> = {};
      if (input.title !== undefined) changes.title = input.title.trim();
      if (input.description !== undefined) changes.description = input.description;
      if (input.assigneeId !== undefined) changes.assigneeId = input.assigneeId;
      if (input.dueAt !== undefined) changes.dueAt = input.dueAt ? new Date(input.dueAt) : null;
      if (input.status !== undefined && input.status !== before.status) {
        changes.status = input.status;
        changes.completedAt = input.status === 'done' ? this.clock.now() : null;
      }
      await this.review.updateTaskAtVersion(manager, id, input.version, changes);
      const after = (await this.review.taskInCase(manager, caseId, id))!;
      await this.audit.recordEdit(manager, actor.audit, {
        action: 'task.updated',
        entityType: 'task',
        entityId: id,
        caseId,
        before: { ...toTaskDto(before, this.clock.now()) },
        after: { ...toTaskDto(after, this.clock.now()) },
        reason: input.reason ?? null,
      });
      return toTaskDto(after, this.clock.now());
    });
  }
}
