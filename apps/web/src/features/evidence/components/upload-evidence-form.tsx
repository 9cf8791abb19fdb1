import {
  Button,
  FileInput,
  Group,
  MultiSelect,
  NativeSelect,
  Progress,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { EVIDENCE_KINDS, EVIDENCE_RELATIONS, type EvidenceKind, type EvidenceRelation } from '@ethics/domain';
import { useState, type SubmitEvent } from 'react';
import { ClosedCaseReasonInput, useClosedCaseReason } from '../../../components/closed-case-reason-input';
import { FormErrorAlert } from '../../../components/form-error-alert';
import { FormActions } from '../../../components/form-actions';
import { formatBytes } from '../../../lib/bytes';
import { fieldChoice, fieldInput, useFormErrors } from '../../../lib/form-errors';
import { EVIDENCE_KIND_LABELS, EVIDENCE_RELATION_LABELS, optionsOf, type Option } from '../../../lib/vocabulary-labels';
import { useUploadEvidence } from '../../../api/evidence/upload-evidence';
import { EvidenceResult } from './evidence-result';

const FIELDS = [
  'file',
  'title',
  'kind',
  'description',
  'source',
  'sourceUrl',
  'allegationIds',
  'relation',
  'reason',
] as const;

export interface AllegationOption extends Option {
  /** "Allegation 2", for naming links. */
  short: string;
}

export interface UploadEvidenceFormProps {
  caseId: string;
  allegations: readonly AllegationOption[];
  /** A lead adding to a closed case says why. */
  reasonRequired?: boolean;
  onDone: () => void;
}

/** Upload a file: progress while it is sent, then the SHA-256 the API computed at intake. */
export function UploadEvidenceForm({ caseId, allegations, reasonRequired = false, onDone }: UploadEvidenceFormProps) {
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<EvidenceKind>('document');
  const [description, setDescription] = useState('');
  const [source, setSource] = useState('');
  const [sourceUrl, setSourceUrl] = useState('');
  const [allegationIds, setAllegationIds] = useState<string[]>([]);
  const [relation, setRelation] = useState<EvidenceRelation>('supports');
  const [fileMissing, setFileMissing] = useState(false);
  const upload = useUploadEvidence(caseId);
  const errors = useFormErrors(upload.error, FIELDS);
  const closedCaseReason = useClosedCaseReason(reasonRequired, errors);

  if (upload.isSuccess) {
    return (
      <Stack gap="md">
        <EvidenceResult item={upload.data} title="Upload complete" />
        <Group justify="flex-end" gap="sm">
          <Button
            variant="default"
            onClick={() => {
              upload.reset();
              setFile(null);
              setTitle('');
              setDescription('');
            }}
          >
            Upload another
          </Button>
          <Button onClick={onDone}>Done</Button>
        </Group>
      </Stack>
    );
  }

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missingFile = file === null;
    setFileMissing(missingFile);
    const reasonGiven = closedCaseReason.check();
    if (missingFile || !reasonGiven) return;
    const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
    upload.mutate({
      file,
      fields: {
        title: title.trim() === '' ? file.name : title.trim(),
        kind,
        description: text(description),
        source: text(source),
        sourceUrl: text(sourceUrl),
        ...(allegationIds.length > 0 ? { allegationIds, relation } : {}),
        ...closedCaseReason.request,
      },
    });
  };

  return (
    <form onSubmit={handleSubmit} aria-label="Upload evidence" noValidate>
      <Stack gap="md">
        <FormErrorAlert title="The evidence was not uploaded" summary={errors.summary} />
        <FileInput
          label="File"
          description="Its SHA-256 is computed when it arrives; the content is never altered afterwards."
          placeholder="Choose a file"
          required
          clearable
          {...fieldChoice(errors, 'file', file, (value) => {
            setFile(value);
            setFileMissing(false);
          })}
          error={fileMissing ? 'Choose a file to upload.' : errors.fieldError('file')}
          disabled={upload.isPending}
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Title"
            description="Defaults to the file name"
            {...fieldInput(errors, 'title', title, setTitle)}
            disabled={upload.isPending}
          />
          <NativeSelect
            label="Kind"
            required
            data={optionsOf(EVIDENCE_KINDS, EVIDENCE_KIND_LABELS)}
            {...fieldInput(errors, 'kind', kind, (value) => {
              setKind(EVIDENCE_KINDS.find((k) => k === value) ?? kind);
            })}
            disabled={upload.isPending}
          />
          <TextInput
            label="Source"
            description="Who or where it came from"
            {...fieldInput(errors, 'source', source, setSource)}
            disabled={upload.isPending}
          />
          <TextInput
            label="Source URL"
            type="url"
            {...fieldInput(errors, 'sourceUrl', sourceUrl, setSourceUrl)}
            disabled={upload.isPending}
          />
        </SimpleGrid>
        <Textarea
          label="Description"
          autosize
          minRows={2}
          {...fieldInput(errors, 'description', description, setDescription)}
          disabled={upload.isPending}
        />
        {allegations.length > 0 && (
          <Group align="flex-end" gap="sm" wrap="wrap">
            <MultiSelect
              label="Allegations it concerns"
              data={allegations.map(({ value, label }) => ({ value, label }))}
              {...fieldChoice(errors, 'allegationIds', allegationIds, setAllegationIds)}
              disabled={upload.isPending}
              style={{ flex: '1 1 18rem' }}
            />
            {allegationIds.length > 0 && (
              <SegmentedControl
                aria-label="Relation to the allegations"
                data={optionsOf(EVIDENCE_RELATIONS, EVIDENCE_RELATION_LABELS)}
                value={relation}
                onChange={(value) => {
                  setRelation(EVIDENCE_RELATIONS.find((r) => r === value) ?? relation);
                }}
                disabled={upload.isPending}
              />
            )}
          </Group>
        )}
        {reasonRequired && <ClosedCaseReasonInput {...closedCaseReason.inputProps} disabled={upload.isPending} />}
        {upload.isPending && (
          <Stack gap={4}>
            <Progress
              value={upload.percent ?? 0}
              animated={upload.percent === null || upload.percent < 100}
              aria-label="Upload progress"
              size="lg"
            />
            <Text size="sm" c="dimmed" aria-live="polite">
              {upload.percent === null
                ? 'Uploading…'
                : upload.percent < 100
                  ? `Uploading ${file !== null ? formatBytes(file.size) : ''}: ${String(upload.percent)}%`
                  : 'Sent: the server is hashing and storing it…'}
            </Text>
          </Stack>
        )}
        <FormActions submitLabel="Upload evidence" onCancel={onDone} pending={upload.isPending} />
      </Stack>
    </form>
  );
}
