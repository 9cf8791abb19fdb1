import { NativeSelect, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { TASK_STATUSES } from '@ethics/domain';
import { errorMessage, isConflict } from '../../../lib/api-error';
import type { Task } from '../../../lib/api-types';
import type { Permission } from '../../../lib/permissions';
import { TASK_STATUS_LABELS, optionsOf } from '../../../lib/vocabulary-labels';
import { useUpdateTask } from '../../../api/review/update-task';

/** Changes a task's status in place; a stale version says so and shows the newer one. */
export function TaskStatusSelect({ task, permission }: { task: Task; permission: Permission }) {
  const update = useUpdateTask({
    onDone: (updated) => {
      notifications.show({
        color: 'green',
        title: 'Task updated',
        message: `“${updated.title}” is now ${TASK_STATUS_LABELS[updated.status].toLowerCase()}.`,
      });
    },
    onFailed: (error) => {
      notifications.show({
        color: isConflict(error) ? 'orange' : 'red',
        title: isConflict(error) ? 'Changed by someone else' : 'The task was not updated',
        message: isConflict(error)
          ? 'Someone else changed this task. The list now shows their version; try again.'
          : errorMessage(error),
      });
    },
  });
  if (!permission.allowed) {
    return (
      <Text size="sm" title={permission.reason}>
        {TASK_STATUS_LABELS[task.status]}
      </Text>
    );
  }
  return (
    <NativeSelect
      aria-label={`Status of ${task.title}`}
      size="xs"
      data={optionsOf(TASK_STATUSES, TASK_STATUS_LABELS)}
      value={task.status}
      disabled={update.isPending}
      onChange={(event) => {
        const status = TASK_STATUSES.find((s) => s === event.currentTarget.value);
        if (status === undefined || status === task.status) return;
        update.mutate({ caseId: task.caseId, taskId: task.id, body: { version: task.version, status } });
      }}
      w={140}
    />
  );
}
