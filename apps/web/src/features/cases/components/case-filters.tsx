import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { SEVERITIES } from '@ethics/domain';
import { CASE_STATUS_LABELS, SEVERITY_LABELS, optionsOf } from '../../../lib/vocabulary-labels';
import type { CaseFiltersState } from '../hooks/use-case-filters';

const ANY = '';

const SEVERITY_OPTIONS = [{ value: ANY, label: 'Any severity' }, ...optionsOf(SEVERITIES, SEVERITY_LABELS)];

export function CaseFilters({ state, label = 'Filter cases' }: { state: CaseFiltersState; label?: string }) {
  const { filters, searchDraft, setSearchDraft, flushSearch } = state;
  const statusOptions = [{ value: ANY, label: 'Any status' }, ...optionsOf(state.statuses, CASE_STATUS_LABELS)];
  return (
    <Group align="flex-end" gap="sm" role="search" aria-label={label}>
      <TextInput
        label="Search"
        description="Reference, title, summary and allegations"
        type="search"
        placeholder="e.g. surveillance"
        value={searchDraft}
        onChange={(event) => {
          setSearchDraft(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') flushSearch();
        }}
        style={{ flex: '1 1 16rem' }}
      />
      <NativeSelect
        label="Status"
        data={statusOptions}
        value={filters.status ?? ANY}
        onChange={(event) => {
          state.setStatus(event.currentTarget.value);
        }}
      />
      <NativeSelect
        label="Severity"
        data={SEVERITY_OPTIONS}
        value={filters.severity ?? ANY}
        onChange={(event) => {
          state.setSeverity(event.currentTarget.value);
        }}
      />
      {state.hasFilters && (
        <Button variant="subtle" onClick={state.clearFilters}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
