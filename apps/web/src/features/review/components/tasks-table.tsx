import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { DueBadge } from '../../../components/due-badge';
import type { Task } from '../../../lib/api-types';
import type { Permission } from '../../../lib/permissions';
import { TaskStatusSelect } from './task-status-select';

export function isTaskFinished(task: Pick<Task, 'status'>): boolean {
  return task.status === 'done' || task.status === 'cancelled';
}

export interface TasksTableProps {
  tasks: readonly Task[];
  nameOf: (userId: string | null) => string;
  permission: (task: Task) => Permission;
  /** In a queue across cases: the case each task belongs to. */
  caseOf?: (task: Task) => { reference: string; title: string } | undefined;
  caption?: string;
}

export function TasksTable({ tasks, nameOf, permission, caseOf, caption }: TasksTableProps) {
  return (
    <Table.ScrollContainer minWidth={caseOf ? 720 : 600}>
      <Table verticalSpacing="sm" striped captionSide="bottom">
        {caption !== undefined && <Table.Caption>{caption}</Table.Caption>}
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Task</Table.Th>
            {caseOf && <Table.Th scope="col">Case</Table.Th>}
            <Table.Th scope="col">Assignee</Table.Th>
            <Table.Th scope="col">Due</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.map((task) => {
            const c = caseOf?.(task);
            return (
              <Table.Tr key={task.id} data-overdue={task.overdue || undefined}>
                <Table.Td>
                  <Text size="sm" fw={500} c={task.overdue ? 'red.9' : undefined}>
                    {task.title}
                  </Text>
                  {task.description !== null && (
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {task.description}
                    </Text>
                  )}
                </Table.Td>
                {caseOf && (
                  <Table.Td>
                    <Anchor component={Link} to={`/cases/${task.caseId}?tab=review`} size="sm" ff="monospace">
                      {c?.reference ?? 'Case'}
                    </Anchor>
                    {c !== undefined && (
                      <Text size="xs" c="dimmed" lineClamp={1}>
                        {c.title}
                      </Text>
                    )}
                  </Table.Td>
                )}
                <Table.Td>
                  <Text size="sm">{task.assigneeId === null ? 'Unassigned' : nameOf(task.assigneeId)}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {task.dueAt === null ? (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  ) : (
                    <DueBadge dueAt={task.dueAt} finished={isTaskFinished(task)} finishedAt={task.completedAt} />
                  )}
                </Table.Td>
                <Table.Td>
                  <TaskStatusSelect task={task} permission={permission(task)} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
