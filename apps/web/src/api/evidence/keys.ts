import { caseScope } from '../case-scope';

export const evidenceKeys = {
  all: (caseId: string) => [...caseScope(caseId), 'evidence'] as const,
  list: (caseId: string) => [...evidenceKeys.all(caseId), 'list'] as const,
  options: (caseId: string) => [...evidenceKeys.all(caseId), 'options'] as const,
  custody: (caseId: string, evidenceId: string) => [...evidenceKeys.all(caseId), evidenceId, 'custody'] as const,
};
