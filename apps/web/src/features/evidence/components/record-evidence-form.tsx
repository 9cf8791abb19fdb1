import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { EVIDENCE_KINDS, type EvidenceKind } from '@ethics/domain';
import { useState, type SubmitEvent } from 'react';
import { ClosedCaseReasonInput, useClosedCaseReason } from '../../../components/closed-case-reason-input';
import { FormErrorAlert } from '../../../components/form-error-alert';
import { FormActions } from '../../../components/form-actions';
import { fieldInput, useFormErrors } from '../../../lib/form-errors';
import { EVIDENCE_KIND_LABELS, optionsOf } from '../../../lib/vocabulary-labels';
import { useRecordEvidence } from '../../../api/evidence/record-evidence';
import { EvidenceResult } from './evidence-result';

const FIELDS = ['title', 'kind', 'sourceUrl', 'capturedText', 'source', 'description', 'reason'] as const;

export interface RecordEvidenceFormProps {
  caseId: string;
  /** A lead adding to a closed case says why. */
  reasonRequired?: boolean;
  onDone: () => void;
}

/** A record without a file: where it is (URL) and the text captured from it, which is hashed. */
export function RecordEvidenceForm({ caseId, reasonRequired = false, onDone }: RecordEvidenceFormProps) {
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<EvidenceKind>('press_article');
  const [sourceUrl, setSourceUrl] = useState('');
  const [capturedText, setCapturedText] = useState('');
  const [source, setSource] = useState('');
  const [description, setDescription] = useState('');
  const record = useRecordEvidence(caseId);
  const errors = useFormErrors(record.error, FIELDS);
  const closedCaseReason = useClosedCaseReason(reasonRequired, errors);

  if (record.isSuccess) {
    return (
      <Stack gap="md">
        <EvidenceResult item={record.data} title="Record kept" />
        <Group justify="flex-end">
          <Button onClick={onDone}>Done</Button>
        </Group>
      </Stack>
    );
  }

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!closedCaseReason.check()) return;
    const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
    record.mutate({
      title: title.trim(),
      kind,
      sourceUrl: text(sourceUrl),
      capturedText: capturedText === '' ? undefined : capturedText,
      source: text(source),
      description: text(description),
      ...closedCaseReason.request,
    });
  };

  return (
    <form onSubmit={handleSubmit} aria-label="Record evidence without a file">
      <Stack gap="md">
        <FormErrorAlert title="The record was not kept" summary={errors.summary} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Title" required data-autofocus {...fieldInput(errors, 'title', title, setTitle)} />
          <NativeSelect
            label="Kind"
            data={optionsOf(EVIDENCE_KINDS, EVIDENCE_KIND_LABELS)}
            {...fieldInput(errors, 'kind', kind, (value) => {
              setKind(EVIDENCE_KINDS.find((k) => k === value) ?? kind);
            })}
          />
        </SimpleGrid>
        <TextInput
          label="URL"
          type="url"
          placeholder="https://"
          {...fieldInput(errors, 'sourceUrl', sourceUrl, setSourceUrl)}
        />
        <Textarea
          label="Captured text"
          description="The text as it reads at the source today; its SHA-256 is what proves it later."
          autosize
          minRows={4}
          maxRows={12}
          {...fieldInput(errors, 'capturedText', capturedText, setCapturedText)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Source"
            description="Who or where it came from"
            {...fieldInput(errors, 'source', source, setSource)}
          />
          <TextInput label="Description" {...fieldInput(errors, 'description', description, setDescription)} />
        </SimpleGrid>
        {reasonRequired && <ClosedCaseReasonInput {...closedCaseReason.inputProps} />}
        <FormActions submitLabel="Keep record" onCancel={onDone} pending={record.isPending} />
      </Stack>
    </form>
  );
}
