import { Injectable } from '@nestjs/common';
import { caseScoped, type Action, type CaseScopedSubject } from '@ethics/authz';
import type { EntityManager } from 'typeorm';
import { ForbiddenProblem } from '../../common/app-errors';
import type { Actor } from '../../common/request-context';
import { CaseNotFoundProblem } from './cases.errors';
import { CasesRepository, type CaseRowLock, type ScopedCase } from './cases.repository';

/**
 * The record-level half of access control: loads a case and checks the
 * caller's ability against it. A case the caller may not read is "not found"
 * (404), so restricted cases do not reveal that they exist.
 */
@Injectable()
export class CaseAccess {
  constructor(private readonly cases: CasesRepository) {}

  async load(
    manager: EntityManager,
    actor: Actor,
    caseId: string,
    action: Action = 'read',
    subject: CaseScopedSubject = 'Case',
    lock?: CaseRowLock,
  ): Promise<ScopedCase> {
    const found = await this.cases.findScoped(manager, caseId, lock);
    if (!found) throw new CaseNotFoundProblem();
    const scope = { restricted: found.entity.restricted, memberIds: found.memberIds };
    if (!actor.ability.can('read', caseScoped(subject === 'Case' ? 'Case' : subject, scope))) {
      throw new CaseNotFoundProblem();
    }
    if (action !== 'read' && !actor.ability.can(action, caseScoped(subject, scope))) {
      throw new ForbiddenProblem(`Your role may not ${action} ${subject} on this case.`);
    }
    return found;
  }

  /** Every field must be one the caller may change on this case. */
  assertFieldsEditable(actor: Actor, found: ScopedCase, fields: string[]): void {
    const record = caseScoped('Case', { restricted: found.entity.restricted, memberIds: found.memberIds });
    const refused = fields.filter((field) => !actor.ability.can('update', record, field));
    if (refused.length > 0) throw new ForbiddenProblem(`Your role may not change ${refused.join(', ')} on this case.`);
  }
}
