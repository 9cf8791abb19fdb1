import { NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { ALLEGATION_SOURCE_TYPES, type AllegationSourceType } from '@ethics/domain';
import { useState, type SubmitEvent } from 'react';
import { FormErrorAlert } from '../../../components/form-error-alert';
import { FormActions } from '../../../components/form-actions';
import { PolicyClausePicker } from '../../../components/policy-clause-picker';
import { SubjectMultiPicker } from '../../../components/subject-picker';
import type { Allegation } from '../../../lib/api-types';
import { fromDateInput, todayInput } from '../../../lib/dates';
import { fieldChoice, fieldInput, useFormErrors } from '../../../lib/form-errors';
import { SOURCE_TYPE_LABELS, optionsOf, promptedOptions } from '../../../lib/vocabulary-labels';
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
          {...fieldInput(errors, 'description', description, setDescription)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label="Source"
            required
            data={promptedOptions('Choose a source', optionsOf(ALLEGATION_SOURCE_TYPES, SOURCE_TYPE_LABELS))}
            {...fieldInput(errors, 'sourceType', sourceType, (value) => {
              setSourceType(ALLEGATION_SOURCE_TYPES.find((t) => t === value) ?? '');
            })}
          />
          <TextInput
            label="Received on"
            type="date"
            max={todayInput()}
            {...fieldInput(errors, 'receivedAt', receivedAt, setReceivedAt)}
          />
        </SimpleGrid>
        <TextInput
          label="Source reference"
          description="A URL or a document reference"
          {...fieldInput(errors, 'sourceReference', sourceReference, setSourceReference)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Reporter's name"
            description="Personal data: hidden from executives"
            {...fieldInput(errors, 'reporterName', reporterName, setReporterName)}
          />
          <TextInput
            label="Reporter's contact"
            description="Personal data: hidden from executives"
            {...fieldInput(errors, 'reporterContact', reporterContact, setReporterContact)}
          />
        </SimpleGrid>
        <PolicyClausePicker
          clausesQuery={policyClausesQueryOptions()}
          label="Policy clauses concerned"
          {...fieldChoice(errors, 'policyClauseIds', policyClauseIds, setPolicyClauseIds)}
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
        <FormActions submitLabel="Add allegation" onCancel={onCancel} pending={create.isPending} />
      </Stack>
    </form>
  );
}
