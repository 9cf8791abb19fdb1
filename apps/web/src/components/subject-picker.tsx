import { MultiSelect, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { useState } from 'react';
import type { Subject } from '../lib/api-types';
import { SUBJECT_TYPE_LABELS } from '../lib/vocabulary-labels';

function optionOf(subject: Pick<Subject, 'id' | 'name' | 'type'>) {
  return { value: subject.id, label: `${subject.name} (${SUBJECT_TYPE_LABELS[subject.type].toLowerCase()})` };
}

/**
 * The query that finds subjects whose name contains a text (the caller's data layer has it), so
 * that this picker fetches nothing itself.
 */
export type SubjectSearch<TResponse, TKey extends QueryKey> = (
  q: string,
) => UseQueryOptions<TResponse, Error, Subject[], TKey>;

/** Keeps showing the previous results while the next search loads. */
function useSubjectSearch<TResponse, TKey extends QueryKey>(search: SubjectSearch<TResponse, TKey>, q: string) {
  return useQuery({ ...search(q), placeholderData: keepPreviousData });
}

/** Searches subjects by name as the person types; keeps the labels of what is already chosen. */
function useSubjectOptions<TResponse, TKey extends QueryKey>(
  searchSubjects: SubjectSearch<TResponse, TKey>,
  known: ReadonlyMap<string, string>,
) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const results = useSubjectSearch(searchSubjects, debounced);
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

export interface SubjectPickerProps<TResponse, TKey extends QueryKey> {
  search: SubjectSearch<TResponse, TKey>;
  label?: string;
  description?: string;
  error?: string;
  required?: boolean;
}

export function SubjectPicker<TResponse, TKey extends QueryKey>({
  search: searchSubjects,
  value,
  onChange,
  label = 'Subject',
  description,
  error,
  required,
}: SubjectPickerProps<TResponse, TKey> & { value: Subject | null; onChange: (subject: Subject | null) => void }) {
  const [search, setSearch] = useState('');
  // Once chosen, the box shows the subject's label: that is not a search.
  const query = value !== null && search === optionOf(value).label ? '' : search;
  const [debounced] = useDebouncedValue(query, 250);
  const results = useSubjectSearch(searchSubjects, debounced);
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

export function SubjectMultiPicker<TResponse, TKey extends QueryKey>({
  search,
  value,
  onChange,
  label = 'Subjects',
  description,
  error,
  knownNames,
}: SubjectPickerProps<TResponse, TKey> & {
  value: string[];
  onChange: (ids: string[], names: Map<string, string>) => void;
  /** Labels of subjects already chosen, which the current search may not list. */
  knownNames: ReadonlyMap<string, string>;
}) {
  const options = useSubjectOptions(search, knownNames);
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
