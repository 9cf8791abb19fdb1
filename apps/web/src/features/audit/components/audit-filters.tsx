import { Autocomplete, Select } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { TIMELINE_ENTITY_TYPES } from '@ethics/domain';
import { useState } from 'react';
import { DateRangeFilter, FilterPanel } from '../../../components/filter-panel';
import { ROLE_LABELS, labelOf } from '../../../lib/vocabulary-labels';
import { usePeople } from '../../../api/users/get-people';
import type { AuditFilterKey, AuditFiltersState } from '../hooks/use-audit-filters';
import { CasePicker } from './case-picker';

const ACTION_PATTERN = /^[a-z_]+(\.[a-z_]+)*(\.\*)?$/;
const ENTITY_PATTERN = /^[a-z_]+$/;

/** Families of audit actions; a prefix ending in `.*` matches the whole family. */
const ACTION_SUGGESTIONS = [
  'case.*',
  'allegation.*',
  'evidence.*',
  'task.*',
  'finding.*',
  'action.*',
  'statement.*',
  'subject.*',
  'policy.*',
  'user.*',
  'auth.*',
  'access.*',
  'audit.*',
  'actions.*',
];

/** What a case's timeline shows, then the records outside any case. */
const ENTITY_SUGGESTIONS = [
  ...TIMELINE_ENTITY_TYPES,
  'subject',
  'policy_clause',
  'user',
  'session',
  'audit_export',
  'action_export',
];

const COMMIT_DELAY_MS = 400;

interface PatternFilterProps {
  state: AuditFiltersState;
  filterKey: Extract<AuditFilterKey, 'action' | 'entityType'>;
  pattern: RegExp;
  label: string;
  placeholder: string;
  suggestions: readonly string[];
  /** Says what the pattern accepts, shown while the draft does not match it. */
  invalidMessage: string;
}

/** A text filter with its own draft, validated, that reaches the URL once typing pauses. */
function PatternFilter({
  state,
  filterKey,
  pattern,
  label,
  placeholder,
  suggestions,
  invalidMessage,
}: PatternFilterProps) {
  const current = state.values[filterKey] ?? '';
  const [draft, setDraft] = useState(current);
  const [followed, setFollowed] = useState(current);
  if (followed !== current) {
    // The URL changed elsewhere (back button, "Clear filters").
    setFollowed(current);
    setDraft(current);
  }
  const valid = draft.trim() === '' || pattern.test(draft.trim());
  const commit = useDebouncedCallback((value: string) => {
    const trimmed = value.trim();
    if (trimmed === '' || pattern.test(trimmed)) state.set({ [filterKey]: trimmed });
  }, COMMIT_DELAY_MS);
  return (
    <Autocomplete
      label={label}
      placeholder={placeholder}
      data={suggestions}
      value={draft}
      onChange={(value) => {
        setDraft(value);
        commit(value);
      }}
      onBlur={() => {
        commit.flush();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit.flush();
      }}
      error={valid ? undefined : invalidMessage}
      autoComplete="off"
    />
  );
}

export function AuditFilters({ state }: { state: AuditFiltersState }) {
  const people = usePeople();
  const { values } = state;

  const peopleOptions = (people.data ?? []).map((person) => ({
    value: person.id,
    label: `${person.name} (${labelOf(ROLE_LABELS, person.role)})${person.active ? '' : ', deactivated'}`,
  }));

  return (
    <FilterPanel
      label="Filter the audit log"
      cols={{ base: 2, md: 3, xl: 6 }}
      hasFilters={state.hasFilters}
      onClear={state.clear}
    >
      <CasePicker
        value={values.caseId}
        onChange={(caseId) => {
          state.set({ caseId });
        }}
      />
      <Select
        label="Who"
        placeholder={people.isError ? 'People could not be loaded' : 'Anyone'}
        searchable
        clearable
        data={peopleOptions}
        value={values.actorId ?? null}
        onChange={(actorId) => {
          state.set({ actorId });
        }}
        nothingFoundMessage="Nobody matches"
      />
      <PatternFilter
        state={state}
        filterKey="action"
        pattern={ACTION_PATTERN}
        label="Action"
        placeholder="e.g. action.approved or case.*"
        suggestions={ACTION_SUGGESTIONS}
        invalidMessage="A dotted action name, e.g. case.transitioned, or a family like case.*"
      />
      <PatternFilter
        state={state}
        filterKey="entityType"
        pattern={ENTITY_PATTERN}
        label="Entity type"
        placeholder="e.g. evidence"
        suggestions={ENTITY_SUGGESTIONS}
        invalidMessage="A lower_snake_case word, e.g. enforcement_action"
      />
      <DateRangeFilter from={values.from} to={values.to} onChange={state.set} />
    </FilterPanel>
  );
}
