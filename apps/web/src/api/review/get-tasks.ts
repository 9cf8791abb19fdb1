import { useQueries, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import { combineLists, listQueryOptions } from '../lists';
import { reviewKeys } from './keys';

export function tasksQueryOptions(caseId: string) {
  return listQueryOptions(reviewKeys.tasks(caseId), (signal) =>
    dataOf(api.GET('/api/v1/cases/{id}/tasks', { params: { path: { id: caseId } }, signal })),
  );
}

export function useTasks(caseId: string) {
  return useQuery(tasksQueryOptions(caseId));
}

/** The tasks of several cases at once (a person's queue), with whether any list is still loading or failed. */
export function useTasksOfCases(caseIds: readonly string[]) {
  return useQueries({
    queries: caseIds.map((id) => tasksQueryOptions(id)),
    combine: (results) => {
      const { items, ...states } = combineLists(results);
      return {
        tasks: items,
        ...states,
        refetch: () => {
          for (const r of results) if (r.isError) void r.refetch();
        },
      };
    },
  });
}
