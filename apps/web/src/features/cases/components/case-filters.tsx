import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { CASE_STATUSES, SEVERITIES } from '@ethics/domain';
import type { CaseFiltersState } from '../hooks/use-case-filters';
import { SEVERITY_LABELS, STATUS_LABELS } from './case-labels';

const ANY = '';

const STATUS_OPTIONS = [
  { value: ANY, label: 'Any status' },
  ...CASE_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] })),
];
const SEVERITY_OPTIONS = [
  { value: ANY, label: 'Any severity' },
  ...SEVERITIES.map((severity) => ({ value: severity, label: SEVERITY_LABELS[severity] })),
];

export function CaseFilters({ state }: { state: CaseFiltersState }) {
  const { filters, searchDraft, setSearchDraft, flushSearch } = state;
  return (
    <Group align="flex-end" gap="sm" role="search" aria-label="Filter cases">
      <TextInput
        label="Search"
        description="Title, summary and allegations"
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
        data={STATUS_OPTIONS}
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
