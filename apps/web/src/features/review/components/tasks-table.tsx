import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ColumnsTable, type TableColumn } from '../../../components/columns-table';
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
  const columns: (TableColumn<Task> | false)[] = [
    {
      header: 'Task',
      cell: (task) => (
        <>
          <Text size="sm" fw={500} c={task.overdue ? 'red.9' : undefined}>
            {task.title}
          </Text>
          {task.description !== null && (
            <Text size="xs" c="dimmed" lineClamp={2}>
              {task.description}
            </Text>
          )}
        </>
      ),
    },
    caseOf !== undefined && {
      header: 'Case',
      cell: (task) => {
        const c = caseOf(task);
        return (
          <>
            <Anchor component={Link} to={`/cases/${task.caseId}?tab=review`} size="sm" ff="monospace">
              {c?.reference ?? 'Case'}
            </Anchor>
            {c !== undefined && (
              <Text size="xs" c="dimmed" lineClamp={1}>
                {c.title}
              </Text>
            )}
          </>
        );
      },
    },
    {
      header: 'Assignee',
      cell: (task) => <Text size="sm">{task.assigneeId === null ? 'Unassigned' : nameOf(task.assigneeId)}</Text>,
    },
    {
      header: 'Due',
      nowrap: true,
      cell: (task) =>
        task.dueAt === null ? (
          <Text size="sm" c="dimmed">
            —
          </Text>
        ) : (
          <DueBadge dueAt={task.dueAt} finished={isTaskFinished(task)} finishedAt={task.completedAt} />
        ),
    },
    { header: 'Status', cell: (task) => <TaskStatusSelect task={task} permission={permission(task)} /> },
  ];
  return (
    <ColumnsTable
      columns={columns}
      rows={tasks}
      rowProps={(task) => ({ 'data-overdue': task.overdue || undefined })}
      caption={caption}
      minWidth={caseOf ? 720 : 600}
      verticalSpacing="sm"
      striped
      captionSide="bottom"
    />
  );
}
