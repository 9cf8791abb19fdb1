import { caseScoped, type AppAbility, type CaseScopedSubject } from '@ethics/authz';
import { scopeOfCase } from './permissions';

/** The parts of a case a page may show, each loaded from its own route. */
export interface CaseParts {
  /** The case's detail fields, team and counts, beyond its summary. */
  details: boolean;
  timeline: boolean;
  members: boolean;
  allegations: boolean;
  evidence: boolean;
  tasks: boolean;
  findings: boolean;
  actions: boolean;
  statements: boolean;
}

/**
 * What of this case the signed-in person may read, from the rules the API enforces (libs/authz):
 * an executive sees a restricted case's summary, its actions taken and statements published only,
 * and the API answers 404 for the rest, so pages leave those parts out.
 */
export function readableParts(
  ability: AppAbility,
  detail: { restricted: boolean; memberIds: readonly string[] },
): CaseParts {
  const scope = scopeOfCase(detail);
  const can = (type: CaseScopedSubject) => ability.can('read', caseScoped(type, scope));
  const casePart = (field: string) => ability.can('read', caseScoped('Case', scope), field);
  return {
    details: casePart('summary'),
    timeline: casePart('timeline'),
    members: can('CaseMember'),
    allegations: can('Allegation'),
    evidence: can('Evidence'),
    tasks: can('Task'),
    findings: can('Finding'),
    actions: can('EnforcementAction'),
    statements: can('Statement'),
  };
}
