import { Injectable } from '@nestjs/common';
import { asSubject, caseScoped, readableStatuses, type Action, type CaseScopedSubject } from '@ethics/authz';
import type { EntityManager } from 'typeorm';
import { ForbiddenProblem } from '../../common/app-errors';
import type { Actor } from '../../common/request-context';
import { ActionNotFoundProblem } from '../enforcement-actions/enforcement-actions.errors';
import { StatementNotFoundProblem } from '../statements/statements.errors';
import { CaseNotFoundProblem } from './cases.errors';
import { CasesRepository, type CaseRowLock, type ScopedCase } from './cases.repository';

type StatusScopedSubject = 'EnforcementAction' | 'Statement';

const scopeOf = (found: ScopedCase) => ({ restricted: found.entity.restricted, memberIds: [...found.memberIds] });

const notFound: Record<StatusScopedSubject, () => Error> = {
  EnforcementAction: () => new ActionNotFoundProblem(),
  Statement: () => new StatementNotFoundProblem(),
};

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

  /**
   * The statuses of a case's actions or statements the caller may list, within those asked for:
   * `asked` itself when their rules do not look at the status here, [] when they may read none.
   */
  readableStatuses<S extends string>(
    actor: Actor,
    found: ScopedCase,
    type: StatusScopedSubject,
    all: readonly S[],
    asked?: S[],
  ): S[] | undefined {
    const readable = readableStatuses(actor.ability, type, scopeOf(found), all);
    if (readable.length === all.length) return asked;
    return (asked ?? [...all]).filter((status) => readable.includes(status));
  }

  /** One action or statement of the case, readable by its status, or "not found". */
  assertRecordReadable(actor: Actor, found: ScopedCase, type: StatusScopedSubject, status: string): void {
    if (!actor.ability.can('read', asSubject(type, { ...scopeOf(found), status }))) throw notFound[type]();
  }

  /** Every field must be one the caller may change on this case. */
  assertFieldsEditable(actor: Actor, found: ScopedCase, fields: string[]): void {
    const record = caseScoped('Case', { restricted: found.entity.restricted, memberIds: found.memberIds });
    const refused = fields.filter((field) => !actor.ability.can('update', record, field));
    if (refused.length > 0) throw new ForbiddenProblem(`Your role may not change ${refused.join(', ')} on this case.`);
  }
}
