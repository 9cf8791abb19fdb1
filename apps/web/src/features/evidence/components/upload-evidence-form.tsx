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
import { ClosedCaseReasonInput, CLOSED_CASE_REASON_MISSING } from '../../../components/closed-case-reason-input';
import { FormErrorAlert } from '../../../components/form-error-alert';
import { formatBytes } from '../../../lib/bytes';
import { useFormErrors } from '../../../lib/form-errors';
import { EVIDENCE_KIND_LABELS, EVIDENCE_RELATION_LABELS, optionsOf } from '../../../lib/vocabulary-labels';
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

export interface AllegationOption {
  value: string;
  label: string;
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
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const upload = useUploadEvidence(caseId);
  const errors = useFormErrors(upload.error, FIELDS);

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
    const missingReason = reasonRequired && reason.trim() === '';
    setFileMissing(missingFile);
    setReasonMissing(missingReason);
    if (missingFile || missingReason) return;
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
        ...(reasonRequired ? { reason: reason.trim() } : {}),
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
          value={file}
          onChange={(value) => {
            setFile(value);
            setFileMissing(false);
            errors.touch('file');
          }}
          error={fileMissing ? 'Choose a file to upload.' : errors.fieldError('file')}
          disabled={upload.isPending}
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Title"
            description="Defaults to the file name"
            value={title}
            onChange={(event) => {
              setTitle(event.currentTarget.value);
              errors.touch('title');
            }}
            error={errors.fieldError('title')}
            disabled={upload.isPending}
          />
          <NativeSelect
            label="Kind"
            required
            data={optionsOf(EVIDENCE_KINDS, EVIDENCE_KIND_LABELS)}
            value={kind}
            onChange={(event) => {
              setKind(EVIDENCE_KINDS.find((k) => k === event.currentTarget.value) ?? kind);
              errors.touch('kind');
            }}
            error={errors.fieldError('kind')}
            disabled={upload.isPending}
          />
          <TextInput
            label="Source"
            description="Who or where it came from"
            value={source}
            onChange={(event) => {
              setSource(event.currentTarget.value);
              errors.touch('source');
            }}
            error={errors.fieldError('source')}
            disabled={upload.isPending}
          />
          <TextInput
            label="Source URL"
            type="url"
            value={sourceUrl}
            onChange={(event) => {
              setSourceUrl(event.currentTarget.value);
              errors.touch('sourceUrl');
            }}
            error={errors.fieldError('sourceUrl')}
            disabled={upload.isPending}
          />
        </SimpleGrid>
        <Textarea
          label="Description"
          autosize
          minRows={2}
          value={description}
          onChange={(event) => {
            setDescription(event.currentTarget.value);
            errors.touch('description');
          }}
          error={errors.fieldError('description')}
          disabled={upload.isPending}
        />
        {allegations.length > 0 && (
          <Group align="flex-end" gap="sm" wrap="wrap">
            <MultiSelect
              label="Allegations it concerns"
              data={allegations.map(({ value, label }) => ({ value, label }))}
              value={allegationIds}
              onChange={(value) => {
                setAllegationIds(value);
                errors.touch('allegationIds');
              }}
              error={errors.fieldError('allegationIds')}
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
        {reasonRequired && (
          <ClosedCaseReasonInput
            value={reason}
            onChange={(value) => {
              setReason(value);
              setReasonMissing(false);
              errors.touch('reason');
            }}
            error={reasonMissing ? CLOSED_CASE_REASON_MISSING : errors.fieldError('reason')}
            disabled={upload.isPending}
          />
        )}
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
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={upload.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={upload.isPending}>
            Upload evidence
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
