import { Alert, Button, EmptyState, SegmentedControl, Stack, Text } from '@mantine/core';
import { LoadingState } from '../../../components/query-states';
import { errorMessage } from '../../../lib/api-error';
import type { Task } from '../../../lib/api-types';
import { useCurrentUser } from '../../../lib/current-user';
import { ALLOWED, denied } from '../../../lib/permissions';
import { useMemberNamesOfCases } from '../../../api/cases/get-case-members';
import { useUrlChoice } from '../../../lib/url-state';
import { useTasksOfCases } from '../../../api/review/get-tasks';
import { isTaskFinished, TasksTable } from './tasks-table';

export interface QueueCase {
  id: string;
  reference: string;
  title: string;
  memberIds?: readonly string[];
}

const SHOW = ['mine', 'all'] as const;

function byDueDate(a: Task, b: Task): number {
  if (a.dueAt === null) return b.dueAt === null ? 0 : 1;
  if (b.dueAt === null) return -1;
  return Date.parse(a.dueAt) - Date.parse(b.dueAt);
}

/**
 * The open tasks on the person's cases, soonest due first, overdue ones in red. "Mine" are those
 * assigned to them; "all" adds the rest of their cases' open tasks.
 */
export function MyTasks({ cases }: { cases: readonly QueueCase[] }) {
  const { user } = useCurrentUser();
  const [show, setShow] = useUrlChoice('tasks', SHOW, 'mine');
  const { tasks, pending, errors, refetch } = useTasksOfCases(cases.map((c) => c.id));
  const open = tasks.filter((t) => !isTaskFinished(t) && (show === 'all' || t.assigneeId === user.id)).sort(byDueDate);
  const overdue = open.filter((t) => t.overdue).length;
  const caseOf = (task: Task) => cases.find((c) => c.id === task.caseId);
  const nameOf = useMemberNamesOfCases(show === 'all' ? cases.map((c) => c.id) : []);

  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label="Which tasks"
        data={[
          { value: 'mine', label: 'Assigned to me' },
          { value: 'all', label: 'All on my cases' },
        ]}
        value={show}
        onChange={setShow}
        w="fit-content"
      />
      {errors.length > 0 && (
        <Alert color="red" variant="light" role="alert" title="Some tasks could not be loaded">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{errorMessage(errors[0])}</Text>
            <Button size="xs" variant="default" onClick={refetch}>
              Try again
            </Button>
          </Stack>
        </Alert>
      )}
      {pending && open.length === 0 ? (
        <LoadingState label="Loading tasks…" />
      ) : open.length === 0 ? (
        <EmptyState
          title={show === 'mine' ? 'No open task assigned to you' : 'No open task on your cases'}
          description="Tasks are created on the Review tab of a case."
          py="lg"
        />
      ) : (
        <TasksTable
          tasks={open}
          caseOf={caseOf}
          nameOf={(id) => (id === user.id ? 'You' : nameOf(id))}
          permission={(task) => {
            // The queue lists only cases the person is a member of; the API checks again.
            const c = caseOf(task);
            return c?.memberIds === undefined || c.memberIds.includes(user.id)
              ? ALLOWED
              : denied('Only members of this case may change its tasks');
          }}
          caption={`${String(open.length)} open ${open.length === 1 ? 'task' : 'tasks'}, ${String(overdue)} overdue`}
        />
      )}
    </Stack>
  );
}
