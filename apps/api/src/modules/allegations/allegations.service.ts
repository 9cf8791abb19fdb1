import { Injectable } from '@nestjs/common';
import { caseScoped, REPORTER_FIELDS } from '@ethics/authz';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { VersionConflictProblem } from '../../common/app-errors';
import type { Actor } from '../../common/request-context';
import { CaseRecords } from '../cases/case-records';
import type { ScopedCase } from '../cases/cases.repository';
import { PoliciesRepository } from '../policies/policies.repository';
import { SubjectsRepository } from '../subjects/subjects.repository';
import { AllegationNotFoundProblem, AllegationRuleProblem } from './allegations.errors';
import { AllegationsRepository, type AllegationWithLinks } from './allegations.repository';
import type { AllegationDto, AllegationListDto, CreateAllegationDto, UpdateAllegationDto } from './dto/allegation.dto';
import type { AllegationEntity } from './entities/allegation.entity';
import { Clock } from '../../common/clock';
import { futureDateError, refuseDateErrors } from '../../common/date-bounds';
import { iso } from '../../common/iso-date';
import { bookkeeping } from '../../common/row-bookkeeping';

export function toAllegationDto({ entity, policyClauseIds, subjectIds }: AllegationWithLinks): AllegationDto {
  return {
    id: entity.id,
    caseId: entity.caseId,
    description: entity.description,
    sourceType: entity.sourceType,
    sourceReference: entity.sourceReference,
    receivedAt: iso(entity.receivedAt),
    reporterName: entity.reporterName,
    reporterContact: entity.reporterContact,
    findingStatus: entity.findingStatus,
    findingRationale: entity.findingRationale,
    policyClauseIds,
    subjectIds,
    createdBy: entity.createdBy,
    ...bookkeeping(entity),
  };
}

@Injectable()
export class AllegationsService {
  constructor(
    private readonly allegations: AllegationsRepository,
    private readonly records: CaseRecords,
    private readonly clauses: PoliciesRepository,
    private readonly subjects: SubjectsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  list(actor: Actor, caseId: string): Promise<AllegationListDto> {
    return this.records.onePage(actor, caseId, 'Allegation', async ({ manager, found }) => {
      const rows = await this.allegations.listForCase(manager, caseId);
      return rows.map((row) => this.visibleTo(actor, found, row));
    });
  }

  async get(actor: Actor, caseId: string, id: string): Promise<AllegationDto> {
    const { manager, found } = await this.records.read(actor, caseId, 'Allegation');
    const row = await this.allegations.findInCase(manager, caseId, id);
    if (!row) throw new AllegationNotFoundProblem();
    return this.visibleTo(actor, found, row);
  }

  async create(actor: Actor, caseId: string, input: CreateAllegationDto): Promise<AllegationDto> {
    refuseDateErrors(futureDateError('receivedAt', input.receivedAt, this.clock.now()));
    const write = { action: 'create', subject: 'Allegation', work: 'add_allegation', reason: input.reason } as const;
    const id = await this.records.write(actor, caseId, write, async ({ manager }) => {
      await this.assertLinksExist(manager, input);
      const created = await this.allegations.insert(manager, {
        ...this.clock.rowDates(),
        caseId,
        description: input.description,
        sourceType: input.sourceType,
        sourceReference: input.sourceReference ?? null,
        receivedAt: input.receivedAt ? new Date(input.receivedAt) : null,
        reporterName: input.reporterName ?? null,
        reporterContact: input.reporterContact ?? null,
        findingStatus: 'open',
        createdBy: actor.user.id,
      });
      await this.allegations.replaceLinks(manager, created.id, {
        policyClauseIds: input.policyClauseIds ?? [],
        subjectIds: input.subjectIds ?? [],
      });
      const row = (await this.allegations.findInCase(manager, caseId, created.id))!;
      await this.audit.record(manager, actor.audit, {
        action: 'allegation.created',
        entityType: 'allegation',
        entityId: created.id,
        caseId,
        after: { ...toAllegationDto(row) },
        reason: input.reason ?? null,
      });
      return created.id;
    });
    return this.get(actor, caseId, id);
  }

  async update(actor: Actor, caseId: string, id: string, input: UpdateAllegationDto): Promise<AllegationDto> {
    refuseDateErrors(futureDateError('receivedAt', input.receivedAt, this.clock.now()));
    const write = { action: 'update', subject: 'Allegation', work: 'change_allegation', reason: input.reason } as const;
    await this.records.write(actor, caseId, write, async ({ manager }) => {
      const before = await this.allegations.findInCase(manager, caseId, id, true);
      if (!before) throw new AllegationNotFoundProblem();
      if (before.entity.version !== input.version) {
        throw new VersionConflictProblem('The allegation', before.entity.version);
      }
      await this.assertLinksExist(manager, input);

      const changes: Partial<AllegationEntity> = {};
      for (const field of [
        'description',
        'sourceType',
        'sourceReference',
        'reporterName',
        'reporterContact',
      ] as const) {
        if (input[field] !== undefined) Object.assign(changes, { [field]: input[field] });
      }
      if (input.receivedAt !== undefined) changes.receivedAt = input.receivedAt ? new Date(input.receivedAt) : null;
      if (input.findingStatus !== undefined) changes.findingStatus = input.findingStatus;
      if (input.findingRationale !== undefined) changes.findingRationale = input.findingRationale;
      const status = changes.findingStatus ?? before.entity.findingStatus;
      const rationale =
        changes.findingRationale !== undefined ? changes.findingRationale : before.entity.findingRationale;
      if (status !== 'open' && !rationale?.trim()) {
        throw new AllegationRuleProblem('A finding other than open needs its rationale.');
      }

      await this.allegations.updateAtVersion(manager, id, input.version, changes);
      await this.allegations.replaceLinks(manager, id, input);
      const after = (await this.allegations.findInCase(manager, caseId, id))!;
      await this.audit.recordEdit(manager, actor.audit, {
        action: 'allegation.updated',
        entityType: 'allegation',
        entityId: id,
        caseId,
        before: { ...toAllegationDto(before) },
        after: { ...toAllegationDto(after) },
        reason: input.reason ?? null,
      });
    });
    return this.get(actor, caseId, id);
  }

  /** Referenced clauses and subjects must exist: a clear 422 rather than a foreign-key failure. */
  private async assertLinksExist(
    manager: EntityManager,
    input: { policyClauseIds?: string[]; subjectIds?: string[] },
  ): Promise<void> {
    const clauseIds = input.policyClauseIds ?? [];
    const knownClauses = await this.clauses.existingIds(manager, clauseIds);
    const missingClauses = clauseIds.filter((clauseId) => !knownClauses.has(clauseId));
    if (missingClauses.length) throw new AllegationRuleProblem(`Unknown policy clauses: ${missingClauses.join(', ')}`);
    const subjectIds = input.subjectIds ?? [];
    const knownSubjects = await this.subjects.existingIds(manager, subjectIds);
    const missingSubjects = subjectIds.filter((subjectId) => !knownSubjects.has(subjectId));
    if (missingSubjects.length) throw new AllegationRuleProblem(`Unknown subjects: ${missingSubjects.join(', ')}`);
  }

  /** Fields the caller's role may not read (reporters' personal data for executives) come back null. */
  private visibleTo(actor: Actor, found: ScopedCase, row: AllegationWithLinks): AllegationDto {
    const dto = toAllegationDto(row);
    const record = caseScoped('Allegation', { restricted: found.entity.restricted, memberIds: found.memberIds });
    for (const field of REPORTER_FIELDS) {
      if (!actor.ability.can('read', record, field)) dto[field] = null;
    }
    return dto;
  }
}
