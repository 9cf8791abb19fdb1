import { Alert, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { SEVERITIES, type Severity } from '@ethics/domain';
import { useState, type SubmitEvent } from 'react';
import { ApiError, errorMessage, unmatchedFieldErrors } from '../../../lib/api-error';
import type { CaseSummary } from '../../../lib/api-types';
import { SEVERITY_LABELS } from '../../../lib/vocabulary-labels';
import { useCreateCase, type CreateCaseRequest } from '../../../api/cases/create-case';
import { FormActions } from '../../../components/form-actions';

const FIELDS = ['title', 'summary', 'severity'] as const satisfies readonly (keyof CreateCaseRequest)[];
type Field = (typeof FIELDS)[number];

const SEVERITY_OPTIONS = [
  { value: '', label: 'Choose a severity', disabled: true },
  ...SEVERITIES.map((severity) => ({ value: severity, label: SEVERITY_LABELS[severity] })),
];

export interface CreateCaseFormProps {
  onCreated: (created: CaseSummary) => void;
  onCancel: () => void;
}

export function CreateCaseForm({ onCreated, onCancel }: CreateCaseFormProps) {
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [severity, setSeverity] = useState<Severity | ''>('');
  // Fields edited since the last answer: their server error no longer applies.
  const [edited, setEdited] = useState<ReadonlySet<Field>>(new Set());
  const createCase = useCreateCase();

  const error = createCase.error;
  const fieldError = (field: Field) =>
    error instanceof ApiError && !edited.has(field) ? error.fieldError(field) : undefined;
  const hasFieldErrors = error instanceof ApiError && error.errors.length > 0;
  const otherErrors = unmatchedFieldErrors(error, FIELDS);

  const edit = (field: Field) => {
    if (!edited.has(field)) setEdited(new Set(edited).add(field));
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (severity === '') return;
    setEdited(new Set());
    createCase.mutate({ title: title.trim(), summary: summary.trim(), severity }, { onSuccess: onCreated });
  };

  return (
    <form onSubmit={handleSubmit} aria-label="New case">
      <Stack gap="md">
        {error !== null && (!hasFieldErrors || otherErrors.length > 0) && (
          <Alert color="red" variant="light" role="alert" title="The case was not opened">
            {errorMessage(error)}
            {otherErrors.map((e) => (
              <div key={`${e.field}:${e.message}`}>
                {e.field}: {e.message}
              </div>
            ))}
          </Alert>
        )}
        <TextInput
          label="Title"
          name="title"
          required
          data-autofocus
          value={title}
          onChange={(event) => {
            setTitle(event.currentTarget.value);
            edit('title');
          }}
          error={fieldError('title')}
        />
        <Textarea
          label="Summary"
          name="summary"
          description="What is alleged, by whom, and why it matters"
          required
          rows={5}
          value={summary}
          onChange={(event) => {
            setSummary(event.currentTarget.value);
            edit('summary');
          }}
          error={fieldError('summary')}
        />
        <NativeSelect
          label="Severity"
          name="severity"
          required
          data={SEVERITY_OPTIONS}
          value={severity}
          onChange={(event) => {
            setSeverity(SEVERITIES.find((s) => s === event.currentTarget.value) ?? '');
            edit('severity');
          }}
          error={fieldError('severity')}
        />
        <FormActions submitLabel="Open case" onCancel={onCancel} pending={createCase.isPending} />
      </Stack>
    </form>
  );
}
