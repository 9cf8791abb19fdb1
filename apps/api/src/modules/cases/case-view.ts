import { CASE_DETAIL_FIELDS, caseScoped, type AppAbility, type CaseScope } from '@ethics/authz';
import type { CaseDetailDto, CaseDto } from './dto/case.dto';

type Visible = CaseDto & Partial<Pick<CaseDetailDto, 'memberIds' | 'counts'>>;
const LIST_FIELDS = new Set<string>(['products', 'tags', 'memberIds']);

/** Whether the caller may read this part of the case (a field, or `timeline`, `counts`, `memberIds`). */
export function canReadCasePart(ability: AppAbility, scope: CaseScope, part: string): boolean {
  return ability.can('read', caseScoped('Case', scope), part);
}

/** The case as the caller may see it: detail fields their rules hide come back empty. */
export function visibleCase<T extends Visible>(ability: AppAbility, scope: CaseScope, dto: T): T {
  const visible: Record<string, unknown> = { ...(dto as Record<string, unknown>) };
  for (const field of CASE_DETAIL_FIELDS) {
    if (field in visible && !canReadCasePart(ability, scope, field)) {
      visible[field] = LIST_FIELDS.has(field) ? [] : null;
    }
  }
  return visible as T;
}
