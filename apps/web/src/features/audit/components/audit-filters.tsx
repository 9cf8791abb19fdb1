import { Autocomplete, Button, Group, Paper, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
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

const ENTITY_SUGGESTIONS = [
  'case',
  'case_member',
  'allegation',
  'evidence',
  'task',
  'finding',
  'enforcement_action',
  'statement',
  'subject',
  'policy_clause',
  'user',
  'session',
  'audit_export',
  'action_export',
];

const COMMIT_DELAY_MS = 400;

/** A text filter with its own draft, validated, that reaches the URL once typing pauses. */
function useTextFilter(
  state: AuditFiltersState,
  key: Extract<AuditFilterKey, 'action' | 'entityType'>,
  pattern: RegExp,
) {
  const current = state.values[key] ?? '';
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
    if (trimmed === '' || pattern.test(trimmed)) state.set({ [key]: trimmed });
  }, COMMIT_DELAY_MS);
  return {
    value: draft,
    valid,
    onChange: (value: string) => {
      setDraft(value);
      commit(value);
    },
    flush: () => {
      commit.flush();
    },
  };
}

export function AuditFilters({ state }: { state: AuditFiltersState }) {
  const people = usePeople();
  const action = useTextFilter(state, 'action', ACTION_PATTERN);
  const entityType = useTextFilter(state, 'entityType', ENTITY_PATTERN);
  const { values } = state;

  const peopleOptions = (people.data ?? []).map((person) => ({
    value: person.id,
    label: `${person.name} (${labelOf(ROLE_LABELS, person.role)})${person.active ? '' : ', deactivated'}`,
  }));

  return (
    <Paper withBorder p="sm" radius="md" role="search" aria-label="Filter the audit log">
      <SimpleGrid cols={{ base: 2, md: 3, xl: 6 }} spacing="sm" verticalSpacing="xs">
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
        <Autocomplete
          label="Action"
          placeholder="e.g. action.approved or case.*"
          data={ACTION_SUGGESTIONS}
          value={action.value}
          onChange={action.onChange}
          onBlur={action.flush}
          onKeyDown={(event) => {
            if (event.key === 'Enter') action.flush();
          }}
          error={action.valid ? undefined : 'A dotted action name, e.g. case.transitioned, or a family like case.*'}
          autoComplete="off"
        />
        <Autocomplete
          label="Entity type"
          placeholder="e.g. evidence"
          data={ENTITY_SUGGESTIONS}
          value={entityType.value}
          onChange={entityType.onChange}
          onBlur={entityType.flush}
          onKeyDown={(event) => {
            if (event.key === 'Enter') entityType.flush();
          }}
          error={entityType.valid ? undefined : 'A lower_snake_case word, e.g. enforcement_action'}
          autoComplete="off"
        />
        <TextInput
          type="date"
          label="From"
          value={values.from ?? ''}
          max={values.to}
          onChange={(event) => {
            state.set({ from: event.currentTarget.value });
          }}
        />
        <TextInput
          type="date"
          label="To"
          value={values.to ?? ''}
          min={values.from}
          onChange={(event) => {
            state.set({ to: event.currentTarget.value });
          }}
        />
      </SimpleGrid>
      <Group justify="flex-end" mt="xs" gap="xs">
        <Button variant="subtle" size="compact-sm" onClick={state.clear} disabled={!state.hasFilters}>
          Clear filters
        </Button>
      </Group>
    </Paper>
  );
}
