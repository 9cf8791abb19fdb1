/**
 * The root of every query key about one case. Each resource nests its keys under it
 * (`[...caseScope(id), 'evidence', …]`), so that after a change a mutation can refresh everything
 * it may have affected on that case (counts, timeline, lists, the summary) with one invalidation.
 */
export function caseScope(caseId: string) {
  return ['case', caseId] as const;
}
