import { MultiSelect } from '@mantine/core';
import { usePolicyClauses } from '../api/policies/get-policies';
import type { PolicyClause } from '../lib/api-types';

export function clauseLabel(clause: Pick<PolicyClause, 'code' | 'version' | 'title'>): string {
  return `${clause.code} v${String(clause.version)}: ${clause.title}`;
}

export interface PolicyClausePickerProps {
  value: string[];
  onChange: (value: string[]) => void;
  label?: string;
  description?: string;
  error?: string;
}

/** Cites policy clauses (their current versions), grouped by the policy document. */
export function PolicyClausePicker({
  value,
  onChange,
  label = 'Policy clauses',
  description,
  error,
}: PolicyClausePickerProps) {
  const clauses = usePolicyClauses();
  const groups = new Map<string, { value: string; label: string }[]>();
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
