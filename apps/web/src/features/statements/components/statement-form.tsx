import { NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { PUBLIC_AUDIENCES, STATEMENT_AUDIENCES, type StatementAudience, type StatementDirection } from '@ethics/domain';
import { useState, type SubmitEvent } from 'react';
import { ClosedCaseReasonInput, useClosedCaseReason } from '../../../components/closed-case-reason-input';
import { FormErrorAlert } from '../../../components/form-error-alert';
import { FormActions } from '../../../components/form-actions';
import { fromDateTimeInput } from '../../../lib/dates';
import { fieldInput, useFormErrors } from '../../../lib/form-errors';
import { STATEMENT_AUDIENCE_LABELS, optionsOf, promptedOptions } from '../../../lib/vocabulary-labels';
import { useCreateStatement } from '../../../api/statements/create-statement';

const FIELDS = ['audience', 'channel', 'source', 'body', 'statedAt', 'reason'] as const;

export interface StatementFormProps {
  caseId: string;
  direction: StatementDirection;
  /** A lead recording what was said after the case closed says why. */
  reasonRequired?: boolean;
  onCreated: () => void;
  onCancel: () => void;
}

/** An issued statement starts as a draft; a received one is recorded as it was said. */
export function StatementForm({ caseId, direction, reasonRequired = false, onCreated, onCancel }: StatementFormProps) {
  const [audience, setAudience] = useState<StatementAudience | ''>('');
  const [channel, setChannel] = useState('');
  const [source, setSource] = useState('');
  const [body, setBody] = useState('');
  const [statedAt, setStatedAt] = useState('');
  const create = useCreateStatement(caseId);
  const errors = useFormErrors(create.error, FIELDS);
  const closedCaseReason = useClosedCaseReason(reasonRequired, errors);
  const issued = direction === 'issued';

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (audience === '') return;
    if (!closedCaseReason.check()) return;
    const at = fromDateTimeInput(statedAt);
    create.mutate(
      {
        direction,
        audience,
        body: body.trim(),
        ...(channel.trim() !== '' ? { channel: channel.trim() } : {}),
        ...(!issued && source.trim() !== '' ? { source: source.trim() } : {}),
        ...(at !== undefined ? { statedAt: at } : {}),
        ...closedCaseReason.request,
      },
      { onSuccess: onCreated },
    );
  };

  return (
    <form onSubmit={handleSubmit} aria-label={issued ? 'Draft statement' : 'Record received statement'}>
      <Stack gap="md">
        <FormErrorAlert title="The statement was not saved" summary={errors.summary} />
        {issued && audience !== '' && PUBLIC_AUDIENCES.includes(audience) && (
          <Text size="sm" c="dimmed">
            Public and press statements need an approver other than you (a lead or an executive).
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={issued ? 'Audience' : 'Said to'}
            required
            data={promptedOptions('Choose an audience', optionsOf(STATEMENT_AUDIENCES, STATEMENT_AUDIENCE_LABELS))}
            {...fieldInput(errors, 'audience', audience, (value) => {
              setAudience(STATEMENT_AUDIENCES.find((a) => a === value) ?? '');
            })}
          />
          <TextInput
            label="Channel"
            placeholder={issued ? 'e.g. press release, customer notice' : 'e.g. press enquiry, public letter'}
            {...fieldInput(errors, 'channel', channel, setChannel)}
          />
        </SimpleGrid>
        {!issued && (
          <TextInput
            label="Who said it"
            placeholder="e.g. the customer's spokesperson, an NGO"
            {...fieldInput(errors, 'source', source, setSource)}
          />
        )}
        <Textarea
          label={issued ? 'Text of the statement' : 'What was said'}
          required
          autosize
          minRows={5}
          data-autofocus
          {...fieldInput(errors, 'body', body, setBody)}
        />
        <TextInput
          label="When it was said"
          description={issued ? 'Leave empty until it is published' : undefined}
          type="datetime-local"
          {...fieldInput(errors, 'statedAt', statedAt, setStatedAt)}
          maw={280}
        />
        {reasonRequired && <ClosedCaseReasonInput {...closedCaseReason.inputProps} />}
        <FormActions
          submitLabel={issued ? 'Save draft' : 'Record statement'}
          onCancel={onCancel}
          pending={create.isPending}
        />
      </Stack>
    </form>
  );
}
