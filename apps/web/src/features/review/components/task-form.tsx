import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { FormErrorAlert } from '../../../components/form-error-alert';
import type { CaseMember } from '../../../lib/api-types';
import { fromDateInput } from '../../../lib/dates';
import { useFormErrors } from '../../../lib/form-errors';
import { useCreateTask } from '../../../api/review/create-task';

const FIELDS = ['title', 'description', 'assigneeId', 'dueAt'] as const;

export interface TaskFormProps {
  caseId: string;
  members: readonly CaseMember[];
  onCreated: () => void;
  onCancel: () => void;
}

export function TaskForm({ caseId, members, onCreated, onCancel }: TaskFormProps) {
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [assigneeId, setAssigneeId] = useState('');
  const [dueAt, setDueAt] = useState('');
  const create = useCreateTask(caseId);
  const errors = useFormErrors(create.error, FIELDS);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const due = fromDateInput(dueAt);
    create.mutate(
      {
        title: title.trim(),
        ...(description.trim() !== '' ? { description: description.trim() } : {}),
        ...(assigneeId !== '' ? { assigneeId } : {}),
        ...(due !== null ? { dueAt: due } : {}),
      },
      { onSuccess: onCreated },
    );
  };

  return (
    <form onSubmit={handleSubmit} aria-label="New task">
      <Stack gap="md">
        <FormErrorAlert title="The task was not added" summary={errors.summary} />
        <TextInput
          label="Task"
          required
          data-autofocus
          value={title}
          onChange={(event) => {
            setTitle(event.currentTarget.value);
            errors.touch('title');
          }}
          error={errors.fieldError('title')}
        />
        <Textarea
          label="Details"
          autosize
          minRows={2}
          value={description}
          onChange={(event) => {
            setDescription(event.currentTarget.value);
            errors.touch('description');
          }}
          error={errors.fieldError('description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label="Assignee"
            data={[{ value: '', label: 'Unassigned' }, ...members.map((m) => ({ value: m.userId, label: m.name }))]}
            value={assigneeId}
            onChange={(event) => {
              setAssigneeId(event.currentTarget.value);
              errors.touch('assigneeId');
            }}
            error={errors.fieldError('assigneeId')}
          />
          <TextInput
            label="Due date"
            type="date"
            value={dueAt}
            onChange={(event) => {
              setDueAt(event.currentTarget.value);
              errors.touch('dueAt');
            }}
            error={errors.fieldError('dueAt')}
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={create.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Add task
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
