import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, dataOf } from '../../lib/api-client';
import type { CaseMember } from '../../lib/api-types';
import { listQueryOptions } from '../lists';
import { caseKeys } from './keys';

/** A case's team; also how screens put names on the user ids that records carry. */
export function caseMembersQueryOptions(caseId: string) {
  return listQueryOptions(caseKeys.members(caseId), (signal) =>
    dataOf(api.GET('/api/v1/cases/{id}/members', { params: { path: { id: caseId } }, signal })),
  );
}

export function useCaseMembers(caseId: string) {
  return useQuery(caseMembersQueryOptions(caseId));
}

/** `name(userId)`: the member's name, or a neutral word for someone no longer on the team. */
export function useMemberNames(caseId: string): (userId: string | null | undefined) => string {
  const { data } = useCaseMembers(caseId);
  return useMemo(() => {
    const names = new Map((data ?? []).map((m: CaseMember) => [m.userId, m.name]));
    return (userId) =>
      userId === null || userId === undefined ? '—' : (names.get(userId) ?? 'Someone outside the team');
  }, [data]);
}

/** Names of the members of several cases (a queue across cases). */
export function useMemberNamesOfCases(caseIds: readonly string[]): (userId: string | null) => string {
  const names = useQueries({
    queries: caseIds.map((id) => caseMembersQueryOptions(id)),
    combine: (results) =>
      new Map(results.flatMap((r) => (r.data ?? []).map((m): [string, string] => [m.userId, m.name]))),
  });
  return (userId) => (userId === null ? '—' : (names.get(userId) ?? 'Someone outside the team'));
}
