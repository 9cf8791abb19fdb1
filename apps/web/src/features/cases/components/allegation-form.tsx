import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { ALLEGATION_SOURCE_TYPES, type AllegationSourceType } from '@ethics/domain';
import { useState, type SubmitEvent } from 'react';
import { FormErrorAlert } from '../../../components/form-error-alert';
import { PolicyClausePicker } from '../../../components/policy-clause-picker';
import { SubjectMultiPicker } from '../../../components/subject-picker';
import type { Allegation } from '../../../lib/api-types';
import { fromDateInput } from '../../../lib/dates';
import { useFormErrors } from '../../../lib/form-errors';
import { SOURCE_TYPE_LABELS, optionsOf } from '../../../lib/vocabulary-labels';
import { useCreateAllegation } from '../../../api/allegations/create-allegation';
import { policyClausesQueryOptions } from '../../../api/policies/get-policies';
import { subjectSearchQueryOptions } from '../../../api/subjects/get-subjects';

const FIELDS = [
  'description',
  'sourceType',
  'sourceReference',
  'receivedAt',
  'reporterName',
  'reporterContact',
  'policyClauseIds',
  'subjectIds',
] as const;

export interface AllegationFormProps {
  caseId: string;
  onCreated: (allegation: Allegation) => void;
  onCancel: () => void;
}

export function AllegationForm({ caseId, onCreated, onCancel }: AllegationFormProps) {
  const [description, setDescription] = useState('');
  const [sourceType, setSourceType] = useState<AllegationSourceType | ''>('');
  const [sourceReference, setSourceReference] = useState('');
  const [receivedAt, setReceivedAt] = useState('');
  const [reporterName, setReporterName] = useState('');
  const [reporterContact, setReporterContact] = useState('');
  const [policyClauseIds, setPolicyClauseIds] = useState<string[]>([]);
  const [subjectIds, setSubjectIds] = useState<string[]>([]);
  const [subjectNames, setSubjectNames] = useState<ReadonlyMap<string, string>>(new Map());
  const create = useCreateAllegation(caseId);
  const errors = useFormErrors(create.error, FIELDS);

  /** Optional text fields go out only when filled in. */
  const filled = <K extends string>(key: K, value: string) =>
    value.trim() === '' ? {} : ({ [key]: value.trim() } as Record<K, string>);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sourceType === '') return;
    const received = fromDateInput(receivedAt, 'start');
    create.mutate(
      {
        description: description.trim(),
        sourceType,
        ...filled('sourceReference', sourceReference),
        ...filled('reporterName', reporterName),
        ...filled('reporterContact', reporterContact),
        ...(received !== null ? { receivedAt: received } : {}),
        ...(policyClauseIds.length > 0 ? { policyClauseIds } : {}),
        ...(subjectIds.length > 0 ? { subjectIds } : {}),
      },
      { onSuccess: onCreated },
    );
  };

  return (
    <form onSubmit={handleSubmit} aria-label="New allegation">
      <Stack gap="md">
        <FormErrorAlert title="The allegation was not added" summary={errors.summary} />
        <Textarea
          label="What is alleged"
          required
          autosize
          minRows={3}
          data-autofocus
          value={description}
          onChange={(event) => {
            setDescription(event.currentTarget.value);
            errors.touch('description');
          }}
          error={errors.fieldError('description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label="Source"
            required
            data={[
              { value: '', label: 'Choose a source', disabled: true },
              ...optionsOf(ALLEGATION_SOURCE_TYPES, SOURCE_TYPE_LABELS),
            ]}
            value={sourceType}
            onChange={(event) => {
              setSourceType(ALLEGATION_SOURCE_TYPES.find((t) => t === event.currentTarget.value) ?? '');
              errors.touch('sourceType');
            }}
            error={errors.fieldError('sourceType')}
          />
          <TextInput
            label="Received on"
            type="date"
            value={receivedAt}
            onChange={(event) => {
              setReceivedAt(event.currentTarget.value);
              errors.touch('receivedAt');
            }}
            error={errors.fieldError('receivedAt')}
          />
        </SimpleGrid>
        <TextInput
          label="Source reference"
          description="A URL or a document reference"
          value={sourceReference}
          onChange={(event) => {
            setSourceReference(event.currentTarget.value);
            errors.touch('sourceReference');
          }}
          error={errors.fieldError('sourceReference')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Reporter's name"
            description="Personal data: hidden from executives"
            value={reporterName}
            onChange={(event) => {
              setReporterName(event.currentTarget.value);
              errors.touch('reporterName');
            }}
            error={errors.fieldError('reporterName')}
          />
          <TextInput
            label="Reporter's contact"
            description="Personal data: hidden from executives"
            value={reporterContact}
            onChange={(event) => {
              setReporterContact(event.currentTarget.value);
              errors.touch('reporterContact');
            }}
            error={errors.fieldError('reporterContact')}
          />
        </SimpleGrid>
        <PolicyClausePicker
          clausesQuery={policyClausesQueryOptions()}
          label="Policy clauses concerned"
          value={policyClauseIds}
          onChange={(value) => {
            setPolicyClauseIds(value);
            errors.touch('policyClauseIds');
          }}
          error={errors.fieldError('policyClauseIds')}
        />
        <SubjectMultiPicker
          search={subjectSearchQueryOptions}
          label="Subjects concerned"
          description="Create a subject on the Subjects tab if it is not listed"
          value={subjectIds}
          knownNames={subjectNames}
          onChange={(ids, names) => {
            setSubjectIds(ids);
            setSubjectNames(names);
            errors.touch('subjectIds');
          }}
          error={errors.fieldError('subjectIds')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={create.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Add allegation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
