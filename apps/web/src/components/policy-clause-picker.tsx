import { MultiSelect } from '@mantine/core';
import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import type { PolicyClause } from '../lib/api-types';
import type { Option } from '../lib/vocabulary-labels';

export function clauseLabel(clause: Pick<PolicyClause, 'code' | 'version' | 'title'>): string {
  return `${clause.code} v${String(clause.version)}: ${clause.title}`;
}

export interface PolicyClausePickerProps<TResponse, TKey extends QueryKey> {
  /** The query of the current clauses (the caller's data layer has it): this picker fetches nothing itself. */
  clausesQuery: UseQueryOptions<TResponse, Error, PolicyClause[], TKey>;
  value: string[];
  onChange: (value: string[]) => void;
  label?: string;
  description?: string;
  error?: string;
}

/** Cites policy clauses (their current versions), grouped by the policy document. */
export function PolicyClausePicker<TResponse, TKey extends QueryKey>({
  clausesQuery,
  value,
  onChange,
  label = 'Policy clauses',
  description,
  error,
}: PolicyClausePickerProps<TResponse, TKey>) {
  const clauses = useQuery(clausesQuery);
  const groups = new Map<string, Option[]>();
  for (const clause of clauses.data ?? []) {
    const group = groups.get(clause.document) ?? [];
    group.push({ value: clause.id, label: clauseLabel(clause) });
    groups.set(clause.document, group);
  }
  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={clauses.isPending ? 'Loading clauses…' : value.length === 0 ? 'Search clauses' : undefined}
      data={[...groups].map(([group, items]) => ({ group, items }))}
      value={value}
      onChange={onChange}
      searchable
      clearable
      nothingFoundMessage={clauses.isError ? 'The clauses could not be loaded' : 'No clause matches'}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
