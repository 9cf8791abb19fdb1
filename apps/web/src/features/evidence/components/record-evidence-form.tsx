import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { EVIDENCE_KINDS, type EvidenceKind } from '@ethics/domain';
import { useState, type SubmitEvent } from 'react';
import { ClosedCaseReasonInput, CLOSED_CASE_REASON_MISSING } from '../../../components/closed-case-reason-input';
import { FormErrorAlert } from '../../../components/form-error-alert';
import { useFormErrors } from '../../../lib/form-errors';
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
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const record = useRecordEvidence(caseId);
  const errors = useFormErrors(record.error, FIELDS);

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
    if (reasonRequired && reason.trim() === '') {
      setReasonMissing(true);
      return;
    }
    const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
    record.mutate({
      title: title.trim(),
      kind,
      sourceUrl: text(sourceUrl),
      capturedText: capturedText === '' ? undefined : capturedText,
      source: text(source),
      description: text(description),
      ...(reasonRequired ? { reason: reason.trim() } : {}),
    });
  };

  return (
    <form onSubmit={handleSubmit} aria-label="Record evidence without a file">
      <Stack gap="md">
        <FormErrorAlert title="The record was not kept" summary={errors.summary} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Title"
            required
            data-autofocus
            value={title}
            onChange={(event) => {
              setTitle(event.currentTarget.value);
              errors.touch('title');
            }}
            error={errors.fieldError('title')}
          />
          <NativeSelect
            label="Kind"
            data={optionsOf(EVIDENCE_KINDS, EVIDENCE_KIND_LABELS)}
            value={kind}
            onChange={(event) => {
              setKind(EVIDENCE_KINDS.find((k) => k === event.currentTarget.value) ?? kind);
              errors.touch('kind');
            }}
            error={errors.fieldError('kind')}
          />
        </SimpleGrid>
        <TextInput
          label="URL"
          type="url"
          placeholder="https://"
          value={sourceUrl}
          onChange={(event) => {
            setSourceUrl(event.currentTarget.value);
            errors.touch('sourceUrl');
          }}
          error={errors.fieldError('sourceUrl')}
        />
        <Textarea
          label="Captured text"
          description="The text as it reads at the source today; its SHA-256 is what proves it later."
          autosize
          minRows={4}
          maxRows={12}
          value={capturedText}
          onChange={(event) => {
            setCapturedText(event.currentTarget.value);
            errors.touch('capturedText');
          }}
          error={errors.fieldError('capturedText')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Source"
            description="Who or where it came from"
            value={source}
            onChange={(event) => {
              setSource(event.currentTarget.value);
              errors.touch('source');
            }}
            error={errors.fieldError('source')}
          />
          <TextInput
            label="Description"
            value={description}
            onChange={(event) => {
              setDescription(event.currentTarget.value);
              errors.touch('description');
            }}
            error={errors.fieldError('description')}
          />
        </SimpleGrid>
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
          <Button variant="default" onClick={onDone} disabled={record.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={record.isPending}>
            Keep record
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
