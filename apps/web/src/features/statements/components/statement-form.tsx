import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { PUBLIC_AUDIENCES, STATEMENT_AUDIENCES, type StatementAudience, type StatementDirection } from '@ethics/domain';
import { useState, type SubmitEvent } from 'react';
import { ClosedCaseReasonInput, CLOSED_CASE_REASON_MISSING } from '../../../components/closed-case-reason-input';
import { FormErrorAlert } from '../../../components/form-error-alert';
import { fromDateTimeInput } from '../../../lib/dates';
import { useFormErrors } from '../../../lib/form-errors';
import { STATEMENT_AUDIENCE_LABELS, optionsOf } from '../../../lib/vocabulary-labels';
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
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const create = useCreateStatement(caseId);
  const errors = useFormErrors(create.error, FIELDS);
  const issued = direction === 'issued';

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (audience === '') return;
    if (reasonRequired && reason.trim() === '') {
      setReasonMissing(true);
      return;
    }
    const at = fromDateTimeInput(statedAt);
    create.mutate(
      {
        direction,
        audience,
        body: body.trim(),
        ...(channel.trim() !== '' ? { channel: channel.trim() } : {}),
        ...(!issued && source.trim() !== '' ? { source: source.trim() } : {}),
        ...(at !== undefined ? { statedAt: at } : {}),
        ...(reasonRequired ? { reason: reason.trim() } : {}),
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
            data={[
              { value: '', label: 'Choose an audience', disabled: true },
              ...optionsOf(STATEMENT_AUDIENCES, STATEMENT_AUDIENCE_LABELS),
            ]}
            value={audience}
            onChange={(event) => {
              setAudience(STATEMENT_AUDIENCES.find((a) => a === event.currentTarget.value) ?? '');
              errors.touch('audience');
            }}
            error={errors.fieldError('audience')}
          />
          <TextInput
            label="Channel"
            placeholder={issued ? 'e.g. press release, customer notice' : 'e.g. press enquiry, public letter'}
            value={channel}
            onChange={(event) => {
              setChannel(event.currentTarget.value);
              errors.touch('channel');
            }}
            error={errors.fieldError('channel')}
          />
        </SimpleGrid>
        {!issued && (
          <TextInput
            label="Who said it"
            placeholder="e.g. the customer's spokesperson, an NGO"
            value={source}
            onChange={(event) => {
              setSource(event.currentTarget.value);
              errors.touch('source');
            }}
            error={errors.fieldError('source')}
          />
        )}
        <Textarea
          label={issued ? 'Text of the statement' : 'What was said'}
          required
          autosize
          minRows={5}
          data-autofocus
          value={body}
          onChange={(event) => {
            setBody(event.currentTarget.value);
            errors.touch('body');
          }}
          error={errors.fieldError('body')}
        />
        <TextInput
          label="When it was said"
          description={issued ? 'Leave empty until it is published' : undefined}
          type="datetime-local"
          value={statedAt}
          onChange={(event) => {
            setStatedAt(event.currentTarget.value);
            errors.touch('statedAt');
          }}
          error={errors.fieldError('statedAt')}
          maw={280}
        />
        {reasonRequired && (
          <ClosedCaseReasonInput
            value={reason}
            onChange={(value) => {
              setReason(value);
              setReasonMissing(false);
              errors.touch('reason');
            }}
            error={reasonMissing ? CLOSED_CASE_REASON_MISSING : errors.fieldError('reason')}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={create.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            {issued ? 'Save draft' : 'Record statement'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
