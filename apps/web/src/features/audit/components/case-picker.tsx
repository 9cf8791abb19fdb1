import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useCaseLabel } from '../../../api/cases/get-case';
import { useCaseSearch } from '../../../api/cases/get-cases';

export interface CasePickerProps {
  value: string | undefined;
  onChange: (caseId: string | null) => void;
  label?: string;
}

/** Choose a case by typing its reference or words of its title; the search runs on the server. */
export function CasePicker({ value, onChange, label = 'Case' }: CasePickerProps) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [opened, setOpened] = useState(false);
  const results = useCaseSearch(debounced, opened);
  const chosen = useCaseLabel(value);

  const data = useMemo(() => {
    const options = (results.data ?? []).map((c) => ({ value: c.id, label: `${c.reference} · ${c.title}` }));
    if (chosen.data && !options.some((o) => o.value === chosen.data.id)) {
      options.unshift({ value: chosen.data.id, label: `${chosen.data.reference} · ${chosen.data.title}` });
    }
    if (value !== undefined && !options.some((o) => o.value === value)) {
      options.unshift({ value, label: chosen.isError ? 'A case not visible to you' : 'Loading…' });
    }
    return options;
  }, [results.data, chosen.data, chosen.isError, value]);

  return (
    <Select
      label={label}
      placeholder="Any case"
      searchable
      clearable
      data={data}
      value={value ?? null}
      onChange={(next) => {
        onChange(next);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      onDropdownOpen={() => {
        setOpened(true);
      }}
      // The server has already matched the words; do not filter its answer again.
      filter={({ options }) => options}
      nothingFoundMessage={results.isFetching ? 'Searching…' : 'No case matches'}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={280}
    />
  );
}
