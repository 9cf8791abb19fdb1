import { SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import type { SubmitEvent } from 'react';
import { FormErrorAlert } from '../../../components/form-error-alert';
import { FormActions } from '../../../components/form-actions';
import { useCheckedForm } from '../../../lib/checked-form';
import type { CreatePolicyInput } from '../../../api/policies/create-policy';

const FIELDS = ['code', 'document', 'title', 'text', 'effectiveFrom', 'reason'] as const;
type Field = (typeof FIELDS)[number];

export interface PolicyFormValues {
  code: string;
  document: string;
  title: string;
  text: string;
  /** `YYYY-MM-DD`. */
  effectiveFrom: string;
  reason: string;
}

const CODE = /^[A-Za-z0-9][A-Za-z0-9.\-_]*$/;

export function todayDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function validatePolicy(values: PolicyFormValues): Partial<Record<Field, string>> {
  const problems: Partial<Record<Field, string>> = {};
  if (!CODE.test(values.code.trim())) problems.code = 'A code like AUP-2.1.';
  if (values.document.trim() === '') problems.document = 'Name the policy document.';
  if (values.title.trim() === '') problems.title = 'Give the clause a title.';
  if (values.text.trim() === '') problems.text = 'Write the clause.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.effectiveFrom)) problems.effectiveFrom = 'Choose the date it takes effect.';
  return problems;
}

export interface PolicyFormProps {
  /** Prefilled values; with `codeLocked`, a new version of that clause. */
  initial: PolicyFormValues;
  codeLocked: boolean;
  submitLabel: string;
  onSubmit: (input: CreatePolicyInput) => void;
  onCancel: () => void;
  pending: boolean;
  error: unknown;
}

/** A new clause, or a new version of one (prefilled from the current version, same code). */
export function PolicyForm({ initial, codeLocked, submitLabel, onSubmit, onCancel, pending, error }: PolicyFormProps) {
  const { values, textInput, setProblems, summary } = useCheckedForm(initial, FIELDS, error);
  const unchanged =
    codeLocked &&
    values.title.trim() === initial.title.trim() &&
    values.text.trim() === initial.text.trim() &&
    values.document.trim() === initial.document.trim();

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validatePolicy(values);
    if (unchanged) found.text = 'Change the clause: a new version must differ from the current one.';
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const reason = values.reason.trim();
    onSubmit({
      code: values.code.trim(),
      document: values.document.trim(),
      title: values.title.trim(),
      text: values.text.trim(),
      effectiveFrom: values.effectiveFrom,
      ...(reason !== '' ? { reason } : {}),
    });
  };

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={submitLabel}>
      <Stack gap="sm">
        <FormErrorAlert title="The clause was not saved" summary={summary} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label="Code"
            required
            readOnly={codeLocked}
            description={codeLocked ? 'A new version keeps the clause’s code.' : 'For example AUP-2.1'}
            {...textInput('code')}
          />
          <TextInput label="Takes effect on" type="date" required {...textInput('effectiveFrom')} />
        </SimpleGrid>
        <TextInput label="Policy document" required placeholder="Acceptable Use Policy" {...textInput('document')} />
        <TextInput label="Title" required data-autofocus {...textInput('title')} />
        <Textarea label="Clause" required autosize minRows={4} maxRows={14} {...textInput('text')} />
        <TextInput label="Reason" description="Optional; kept in the audit trail." {...textInput('reason')} />
        <FormActions submitLabel={submitLabel} onCancel={onCancel} pending={pending} />
      </Stack>
    </form>
  );
}
