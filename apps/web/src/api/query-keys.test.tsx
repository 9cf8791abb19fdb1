import { QueryClient, QueryClientProvider, type QueryKey } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '../testing/render';
import { caseActionsQueryOptions } from './actions/get-case-actions';
import { allegationsQueryOptions } from './allegations/get-allegations';
import { caseScope } from './case-scope';
import { caseQueryOptions } from './cases/get-case';
import { caseMembersQueryOptions } from './cases/get-case-members';
import { casesQueryOptions } from './cases/get-cases';
import { useTransitionCase } from './cases/transition-case';
import { custodyQueryOptions } from './evidence/get-custody';
import { evidenceOptionsQueryOptions, evidenceQueryOptions } from './evidence/get-evidence';
import { useCreatePolicy } from './policies/create-policy';
import { policyQueryOptions } from './policies/get-policy';
import { policiesQueryOptions, policyClausesQueryOptions } from './policies/get-policies';
import { findingsQueryOptions } from './review/get-findings';
import { tasksQueryOptions } from './review/get-tasks';
import { statementsInReviewQueryOptions, statementsQueryOptions } from './statements/get-statements';
import { useCreateSubject } from './subjects/create-subject';
import { subjectQueryOptions } from './subjects/get-subject';
import { subjectSearchQueryOptions, subjectsQueryOptions } from './subjects/get-subjects';
import { latestTimelineQueryOptions, timelineQueryOptions } from './timeline/get-timeline';

const CASE_ID = 'case-1';

/** Every read about one case, as the screens cache it. */
const caseReads: Record<string, QueryKey> = {
  detail: caseQueryOptions(CASE_ID).queryKey,
  members: caseMembersQueryOptions(CASE_ID).queryKey,
  allegations: allegationsQueryOptions(CASE_ID).queryKey,
  actions: caseActionsQueryOptions(CASE_ID).queryKey,
  statements: statementsQueryOptions(CASE_ID).queryKey,
  'statements in review': statementsInReviewQueryOptions(CASE_ID).queryKey,
  evidence: evidenceQueryOptions(CASE_ID).queryKey,
  'evidence to cite': evidenceOptionsQueryOptions(CASE_ID).queryKey,
  custody: custodyQueryOptions(CASE_ID, 'evidence-1').queryKey,
  findings: findingsQueryOptions(CASE_ID).queryKey,
  tasks: tasksQueryOptions(CASE_ID).queryKey,
  'timeline pages': timelineQueryOptions(CASE_ID).queryKey,
  'latest timeline': latestTimelineQueryOptions(CASE_ID).queryKey,
};

describe('query keys', () => {
  it.each(Object.entries(caseReads))('nest the %s of a case under its scope', (_read, key) => {
    expect(key.slice(0, 2)).toEqual([...caseScope(CASE_ID)]);
  });

  it('give different reads different keys, so that no two shapes of data share one cache entry', () => {
    const keys = Object.values(caseReads).map((key) => JSON.stringify(key));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

function withClient(queryClient: QueryClient) {
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
}

/** A cache holding data under `keys`, as if screens had read them. */
function cacheWith(keys: readonly QueryKey[]): QueryClient {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  for (const key of keys) queryClient.setQueryData(key, { items: [], nextCursor: null });
  return queryClient;
}

function isInvalidated(queryClient: QueryClient, key: QueryKey): boolean | undefined {
  return queryClient.getQueryState(key)?.isInvalidated;
}

describe('mutations invalidate the shared keys of the reads they change', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('a transition refreshes everything about its case and the case lists, not other cases', async () => {
    vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockResolvedValue(jsonResponse(200, {})));
    const caseList = casesQueryOptions({ q: '', status: null, severity: null }).queryKey;
    const otherCase = caseQueryOptions('case-2').queryKey;
    const queryClient = cacheWith([...Object.values(caseReads), caseList, otherCase]);
    const { result } = renderHook(() => useTransitionCase(CASE_ID), { wrapper: withClient(queryClient) });

    await result.current.mutateAsync({ to: 'triage', reason: 'Enough to look into' });

    for (const key of [...Object.values(caseReads), caseList]) expect(isInvalidated(queryClient, key)).toBe(true);
    expect(isInvalidated(queryClient, otherCase)).toBe(false);
  });

  it('a new policy clause refreshes the clauses the pickers cite as well as the admin lists', async () => {
    vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockResolvedValue(jsonResponse(201, {})));
    const reads = [
      policyClausesQueryOptions().queryKey,
      policiesQueryOptions({}).queryKey,
      policyQueryOptions('p-1').queryKey,
    ];
    const queryClient = cacheWith(reads);
    const { result } = renderHook(() => useCreatePolicy(), { wrapper: withClient(queryClient) });

    await result.current.mutateAsync({
      code: 'AUP-2.1',
      document: 'Acceptable Use Policy',
      title: 'Spam',
      text: 'No spam.',
      effectiveFrom: '2026-01-01',
    });

    for (const key of reads) expect(isInvalidated(queryClient, key)).toBe(true);
  });

  it('a new subject refreshes the pickers’ searches, the subject list and subject details', async () => {
    vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockResolvedValue(jsonResponse(201, {})));
    const reads = [
      subjectSearchQueryOptions('acme').queryKey,
      subjectsQueryOptions({ q: '', type: null }).queryKey,
      subjectQueryOptions('subject-1').queryKey,
    ];
    const queryClient = cacheWith(reads);
    const { result } = renderHook(() => useCreateSubject(), { wrapper: withClient(queryClient) });

    await result.current.mutateAsync({ name: 'Acme Ltd', type: 'organisation' });

    for (const key of reads) expect(isInvalidated(queryClient, key)).toBe(true);
  });
});
