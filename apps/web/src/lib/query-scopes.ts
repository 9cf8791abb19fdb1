/**
 * The root of every query key about one case. Each feature nests its own keys under it
 * (`[...caseScope(id), 'evidence', …]`), so that after a change any feature can refresh
 * everything it may have affected on that case (counts, timeline, lists) without importing the
 * other features' key factories.
 */
export function caseScope(caseId: string) {
  return ['case', caseId] as const;
}
