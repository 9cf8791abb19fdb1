import { NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { SEVERITIES, type Severity } from '@ethics/domain';
import { useState, type SubmitEvent } from 'react';
import type { CaseSummary } from '../../../lib/api-types';
import { fieldInput, useFormErrors } from '../../../lib/form-errors';
import { SEVERITY_LABELS, optionsOf, promptedOptions } from '../../../lib/vocabulary-labels';
import { useCreateCase, type CreateCaseRequest } from '../../../api/cases/create-case';
import { FormActions } from '../../../components/form-actions';
import { FormErrorAlert } from '../../../components/form-error-alert';

const FIELDS = ['title', 'summary', 'severity'] as const satisfies readonly (keyof CreateCaseRequest)[];

const SEVERITY_OPTIONS = promptedOptions('Choose a severity', optionsOf(SEVERITIES, SEVERITY_LABELS));

export interface CreateCaseFormProps {
  onCreated: (created: CaseSummary) => void;
  onCancel: () => void;
}

export function CreateCaseForm({ onCreated, onCancel }: CreateCaseFormProps) {
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [severity, setSeverity] = useState<Severity | ''>('');
  const createCase = useCreateCase();
  const errors = useFormErrors(createCase.error, FIELDS);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (severity === '') return;
    createCase.mutate({ title: title.trim(), summary: summary.trim(), severity }, { onSuccess: onCreated });
  };

  return (
    <form onSubmit={handleSubmit} aria-label="New case">
      <Stack gap="md">
        <FormErrorAlert title="The case was not opened" summary={errors.summary} />
        <TextInput
          label="Title"
          name="title"
          required
          data-autofocus
          {...fieldInput(errors, 'title', title, setTitle)}
        />
        <Textarea
          label="Summary"
          name="summary"
          description="What is alleged, by whom, and why it matters"
          required
          rows={5}
          {...fieldInput(errors, 'summary', summary, setSummary)}
        />
        <NativeSelect
          label="Severity"
          name="severity"
          required
          data={SEVERITY_OPTIONS}
          {...fieldInput(errors, 'severity', severity, (value) => {
            setSeverity(SEVERITIES.find((s) => s === value) ?? '');
          })}
        />
        <FormActions submitLabel="Open case" onCancel={onCancel} pending={createCase.isPending} />
      </Stack>
    </form>
  );
}
