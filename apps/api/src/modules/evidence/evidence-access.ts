import { Injectable } from '@nestjs/common';
import { caseScoped, type Action } from '@ethics/authz';
import type { EntityManager } from 'typeorm';
import { ForbiddenProblem } from '../../common/app-errors';
import type { Actor } from '../../common/request-context';
import { CaseAccess } from '../cases/case-access';
import type { CaseRowLock, ScopedCase } from '../cases/cases.repository';
import type { EvidenceEntity } from './entities/evidence.entity';
import { EvidenceNotFoundProblem } from './evidence.errors';
import { EvidenceRepository } from './evidence.repository';

export interface ScopedEvidence {
  scoped: ScopedCase;
  item: EvidenceEntity;
}

/** CaseAccess for one item: the case decides visibility and rights, and the item must belong to it. */
@Injectable()
export class EvidenceAccess {
  constructor(
    private readonly cases: CaseAccess,
    private readonly evidence: EvidenceRepository,
  ) {}

  loadCase(
    manager: EntityManager,
    actor: Actor,
    caseId: string,
    action: Action,
    subject: 'Evidence' | 'EvidenceContent' = 'Evidence',
    lock?: CaseRowLock,
  ): Promise<ScopedCase> {
    return this.cases.load(manager, actor, caseId, action, subject, lock);
  }

  async load(
    manager: EntityManager,
    actor: Actor,
    caseId: string,
    evidenceId: string,
    action: Action,
    subject: 'Evidence' | 'EvidenceContent' = 'Evidence',
    lock = false,
  ): Promise<ScopedEvidence> {
    // Locking the item for a change also holds its case, so that the case cannot close meanwhile.
    const scoped = await this.cases.load(manager, actor, caseId, action, subject, lock ? 'share' : undefined);
    const item = await this.evidence.findInCase(manager, caseId, evidenceId, lock);
    if (!item) throw new EvidenceNotFoundProblem();
    return { scoped, item };
  }

  /** Field-level rules: a reviewer member may correct metadata, only a lead may place or lift a legal hold. */
  assertFieldsEditable(actor: Actor, scoped: ScopedCase, fields: string[]): void {
    const record = caseScoped('Evidence', { restricted: scoped.entity.restricted, memberIds: scoped.memberIds });
    const refused = fields.filter((field) => !actor.ability.can('update', record, field));
    if (refused.length > 0) throw new ForbiddenProblem(`Your role may not change ${refused.join(', ')} of evidence.`);
  }
}
