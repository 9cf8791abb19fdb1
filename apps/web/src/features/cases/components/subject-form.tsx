import { NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { SUBJECT_TYPES, type SubjectKind } from '@ethics/domain';
import { useState, type ReactNode, type SubmitEvent } from 'react';
import { FormErrorAlert } from '../../../components/form-error-alert';
import { FormActions } from '../../../components/form-actions';
import { CountrySelect } from '../../../components/country-select';
import { SubjectPicker } from '../../../components/subject-picker';
import type { Subject } from '../../../lib/api-types';
import { fieldChoice, fieldInput, useFormErrors } from '../../../lib/form-errors';
import { SUBJECT_TYPE_LABELS, optionsOf, promptedOptions } from '../../../lib/vocabulary-labels';
import { useCreateSubject } from '../../../api/subjects/create-subject';
import { subjectSearchQueryOptions } from '../../../api/subjects/get-subjects';

const FIELDS = ['name', 'type', 'parentId', 'externalRef', 'country', 'notes'] as const;

export interface SubjectFormProps {
  onCreated: (subject: Subject) => void;
  onCancel: () => void;
  /** Inputs of the place the subject is created from (a case asks which allegation names it). */
  children?: ReactNode;
}

/** A customer organisation, a unit of it, an account or a person; kept across cases. */
export function SubjectForm({ onCreated, onCancel, children }: SubjectFormProps) {
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
        ...(country !== '' ? { country } : {}),
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
          <TextInput label="Name" required data-autofocus {...fieldInput(errors, 'name', name, setName)} />
          <NativeSelect
            label="Type"
            required
            data={promptedOptions('Choose a type', optionsOf(SUBJECT_TYPES, SUBJECT_TYPE_LABELS))}
            {...fieldInput(errors, 'type', type, (value) => {
              setType(SUBJECT_TYPES.find((t) => t === value) ?? '');
            })}
          />
        </SimpleGrid>
        <SubjectPicker
          search={subjectSearchQueryOptions}
          label="Part of"
          description="For a unit: the organisation (or unit) it belongs to"
          {...fieldChoice(errors, 'parentId', parent, setParent)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Reference in our systems"
            description="Tenant, subscription or account number"
            {...fieldInput(errors, 'externalRef', externalRef, setExternalRef)}
          />
          <CountrySelect {...fieldChoice(errors, 'country', country, setCountry)} />
        </SimpleGrid>
        <Textarea label="Notes" autosize minRows={2} {...fieldInput(errors, 'notes', notes, setNotes)} />
        {children}
        <FormActions submitLabel="Create subject" onCancel={onCancel} pending={create.isPending} />
      </Stack>
    </form>
  );
}
