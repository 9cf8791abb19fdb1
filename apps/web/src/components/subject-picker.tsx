import { MultiSelect, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { Subject } from '../lib/api-types';
import { useSubjectSearch } from '../api/subjects/get-subjects';
import { SUBJECT_TYPE_LABELS } from '../lib/vocabulary-labels';

function optionOf(subject: Pick<Subject, 'id' | 'name' | 'type'>) {
  return { value: subject.id, label: `${subject.name} (${SUBJECT_TYPE_LABELS[subject.type].toLowerCase()})` };
}

/** Searches subjects by name as the person types; keeps the labels of what is already chosen. */
function useSubjectOptions(known: ReadonlyMap<string, string>) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const results = useSubjectSearch(debounced);
  const options = (results.data ?? []).map(optionOf);
  const missing = [...known].filter(([id]) => !options.some((o) => o.value === id));
  return {
    data: [...missing.map(([value, label]) => ({ value, label })), ...options],
    search,
    setSearch,
    loading: results.isFetching,
    failed: results.isError,
  };
}

export interface SubjectPickerProps {
  label?: string;
  description?: string;
  error?: string;
  required?: boolean;
}

export function SubjectPicker({
  value,
  onChange,
  label = 'Subject',
  description,
  error,
  required,
}: SubjectPickerProps & { value: Subject | null; onChange: (subject: Subject | null) => void }) {
  const [search, setSearch] = useState('');
  // Once chosen, the box shows the subject's label: that is not a search.
  const query = value !== null && search === optionOf(value).label ? '' : search;
  const [debounced] = useDebouncedValue(query, 250);
  const results = useSubjectSearch(debounced);
  const found = results.data ?? [];
  const data = [
    ...(value !== null && !found.some((s) => s.id === value.id) ? [optionOf(value)] : []),
    ...found.map(optionOf),
  ];
  return (
    <Select
      label={label}
      description={description}
      placeholder="Search by name"
      required={required}
      searchable
      clearable
      data={data}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id) => {
        onChange(id === null ? null : (found.find((s) => s.id === id) ?? (value?.id === id ? value : null)));
      }}
      nothingFoundMessage={results.isError ? 'Subjects could not be loaded' : 'No subject with that name'}
      error={error}
    />
  );
}

export function SubjectMultiPicker({
  value,
  onChange,
  label = 'Subjects',
  description,
  error,
  knownNames,
}: SubjectPickerProps & {
  value: string[];
  onChange: (ids: string[], names: Map<string, string>) => void;
  /** Labels of subjects already chosen, which the current search may not list. */
  knownNames: ReadonlyMap<string, string>;
}) {
  const options = useSubjectOptions(knownNames);
  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={value.length === 0 ? 'Search by name' : undefined}
      searchable
      clearable
      data={options.data}
      value={value}
      searchValue={options.search}
      onSearchChange={options.setSearch}
      onChange={(ids) => {
        const names = new Map(options.data.map((o) => [o.value, o.label]));
        onChange(ids, new Map(ids.map((id) => [id, names.get(id) ?? id])));
      }}
      nothingFoundMessage={options.failed ? 'Subjects could not be loaded' : 'No subject with that name'}
      error={error}
    />
  );
}
