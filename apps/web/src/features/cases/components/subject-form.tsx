import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { SUBJECT_TYPES, type SubjectKind } from '@ethics/domain';
import { useState, type SubmitEvent } from 'react';
import { FormErrorAlert } from '../../../components/form-error-alert';
import { SubjectPicker } from '../../../components/subject-picker';
import type { Subject } from '../../../lib/api-types';
import { useFormErrors } from '../../../lib/form-errors';
import { SUBJECT_TYPE_LABELS, optionsOf } from '../../../lib/vocabulary-labels';
import { useCreateSubject } from '../../../api/subjects/create-subject';
import { subjectSearchQueryOptions } from '../../../api/subjects/get-subjects';

const FIELDS = ['name', 'type', 'parentId', 'externalRef', 'country', 'notes'] as const;

export interface SubjectFormProps {
  onCreated: (subject: Subject) => void;
  onCancel: () => void;
}

/** A customer organisation, a unit of it, an account or a person; kept across cases. */
export function SubjectForm({ onCreated, onCancel }: SubjectFormProps) {
  const [name, setName] = useState('');
  const [type, setType] = useState<SubjectKind | ''>('');
  const [parent, setParent] = useState<Subject | null>(null);
  const [externalRef, setExternalRef] = useState('');
  const [country, setCountry] = useState('');
  const [notes, setNotes] = useState('');
  const create = useCreateSubject();
  const errors = useFormErrors(create.error, FIELDS);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (type === '') return;
    create.mutate(
      {
        name: name.trim(),
        type,
        ...(parent !== null ? { parentId: parent.id } : {}),
        ...(externalRef.trim() !== '' ? { externalRef: externalRef.trim() } : {}),
        ...(country.trim() !== '' ? { country: country.trim().toUpperCase() } : {}),
        ...(notes.trim() !== '' ? { notes: notes.trim() } : {}),
      },
      { onSuccess: onCreated },
    );
  };

  return (
    <form onSubmit={handleSubmit} aria-label="New subject">
      <Stack gap="md">
        <FormErrorAlert title="The subject was not created" summary={errors.summary} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Name"
            required
            data-autofocus
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              errors.touch('name');
            }}
            error={errors.fieldError('name')}
          />
          <NativeSelect
            label="Type"
            required
            data={[
              { value: '', label: 'Choose a type', disabled: true },
              ...optionsOf(SUBJECT_TYPES, SUBJECT_TYPE_LABELS),
            ]}
            value={type}
            onChange={(event) => {
              setType(SUBJECT_TYPES.find((t) => t === event.currentTarget.value) ?? '');
              errors.touch('type');
            }}
            error={errors.fieldError('type')}
          />
        </SimpleGrid>
        <SubjectPicker
          search={subjectSearchQueryOptions}
          label="Part of"
          description="For a unit: the organisation (or unit) it belongs to"
          value={parent}
          onChange={(value) => {
            setParent(value);
            errors.touch('parentId');
          }}
          error={errors.fieldError('parentId')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Reference in our systems"
            description="Tenant, subscription or account number"
            value={externalRef}
            onChange={(event) => {
              setExternalRef(event.currentTarget.value);
              errors.touch('externalRef');
            }}
            error={errors.fieldError('externalRef')}
          />
          <TextInput
            label="Country"
            description="Two-letter code"
            maxLength={2}
            value={country}
            onChange={(event) => {
              setCountry(event.currentTarget.value.toUpperCase());
              errors.touch('country');
            }}
            error={errors.fieldError('country')}
          />
        </SimpleGrid>
        <Textarea
          label="Notes"
          autosize
          minRows={2}
          value={notes}
          onChange={(event) => {
            setNotes(event.currentTarget.value);
            errors.touch('notes');
          }}
          error={errors.fieldError('notes')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={create.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Create subject
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
