import { NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { FormErrorAlert } from '../../../components/form-error-alert';
import { FormActions } from '../../../components/form-actions';
import type { CaseMember } from '../../../lib/api-types';
import { fromDateInput, todayInput } from '../../../lib/dates';
import { fieldInput, useFormErrors } from '../../../lib/form-errors';
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
        <TextInput label="Task" required data-autofocus {...fieldInput(errors, 'title', title, setTitle)} />
        <Textarea
          label="Details"
          autosize
          minRows={2}
          {...fieldInput(errors, 'description', description, setDescription)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label="Assignee"
            data={[{ value: '', label: 'Unassigned' }, ...members.map((m) => ({ value: m.userId, label: m.name }))]}
            {...fieldInput(errors, 'assigneeId', assigneeId, setAssigneeId)}
          />
          <TextInput
            label="Due date"
            type="date"
            min={todayInput()}
            {...fieldInput(errors, 'dueAt', dueAt, setDueAt)}
          />
        </SimpleGrid>
        <FormActions submitLabel="Add task" onCancel={onCancel} pending={create.isPending} />
      </Stack>
    </form>
  );
}
