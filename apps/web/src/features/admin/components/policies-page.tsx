import { Anchor, Badge, EmptyState, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback, useDocumentTitle } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { DateText } from '../../../components/date-text';
import { ColumnsTable, type TableColumn } from '../../../components/columns-table';
import { ErrorState, LoadingState } from '../../../components/query-states';
import type { PolicyClause } from '../../../lib/api-types';
import { useCurrentUser } from '../../../lib/current-user';
import { permissionTo } from '../../../lib/permissions';
import { usePolicies } from '../../../api/policies/get-policies';
import { todayDate } from './policy-form';
import { PolicyFormButton } from './policy-form-button';
import { itemsOfPages } from '../../../api/lists';
import { LoadMoreButton } from '../../../components/load-more';

/** Clauses grouped by their policy document, documents in name order. */
export function byDocument(clauses: readonly PolicyClause[]): [string, PolicyClause[]][] {
  const groups = new Map<string, PolicyClause[]>();
  for (const clause of clauses) {
    const group = groups.get(clause.document) ?? [];
    group.push(clause);
    groups.set(clause.document, group);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

const CLAUSE_COLUMNS: readonly TableColumn<PolicyClause>[] = [
  {
    header: 'Code',
    width: 120,
    cell: (clause) => (
      <Anchor component={Link} to={`/admin/policies/${clause.id}`} ff="monospace" fw={600} size="sm">
        {clause.code}
      </Anchor>
    ),
  },
  {
    header: 'Clause',
    cell: (clause) => (
      <>
        <Text size="sm" fw={500}>
          {clause.title}
        </Text>
        <Text size="xs" c="dimmed" lineClamp={2}>
          {clause.text}
        </Text>
      </>
    ),
  },
  {
    header: 'Version',
    width: 90,
    cell: (clause) => (
      <Badge variant="light" radius="sm">
        v{clause.version}
      </Badge>
    ),
  },
  {
    header: 'In effect from',
    width: 140,
    cell: (clause) => (
      <Text size="sm">
        <DateText iso={clause.effectiveFrom} />
      </Text>
    ),
  },
];

function NewClauseButton() {
  const current = useCurrentUser();
  const permission = permissionTo(current, { action: 'create', type: 'Policy', doing: 'change the policy catalogue' });
  return (
    <PolicyFormButton
      permission={permission}
      label="New clause"
      title="New policy clause"
      initial={{ code: '', document: '', title: '', text: '', effectiveFrom: todayDate(), reason: '' }}
      codeLocked={false}
      submitLabel="Add clause"
    />
  );
}

/** The catalogue of policy clauses that allegations, findings and actions cite: current versions. */
export function PoliciesPage() {
  useDocumentTitle('Policies · Ethics case tracker');
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const [draft, setDraft] = useState(search);
  const commit = useDebouncedCallback((value: string) => {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value.trim() === '') next.delete('q');
        else next.set('q', value.trim());
        return next;
      },
      { replace: true },
    );
  }, 250);
  const query = usePolicies({});
  const clauses = useMemo(() => itemsOfPages(query.data), [query.data]);
  const shown = useMemo(() => {
    const words = search.toLowerCase();
    if (words === '') return clauses;
    return clauses.filter((clause) =>
      [clause.code, clause.title, clause.text, clause.document].some((field) => field.toLowerCase().includes(words)),
    );
  }, [clauses, search]);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Policy catalogue</Title>
          <Text size="sm" c="dimmed">
            The current version of every clause. Older versions stay, so past decisions keep citing what applied then.
          </Text>
        </div>
        <NewClauseButton />
      </Group>
      <Paper withBorder p="sm" radius="md" role="search" aria-label="Search the policy catalogue">
        <TextInput
          label="Search"
          placeholder="Code, title or words of the clause"
          value={draft}
          onChange={(event) => {
            setDraft(event.currentTarget.value);
            commit(event.currentTarget.value);
          }}
          maw={420}
        />
      </Paper>
      {query.isPending ? (
        <LoadingState label="Loading the policy catalogue…" />
      ) : query.isError && clauses.length === 0 ? (
        <ErrorState
          title="The catalogue could not be loaded"
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      ) : shown.length === 0 ? (
        <EmptyState
          title={search ? 'No clause matches' : 'The catalogue is empty'}
          description={search ? 'Try other words.' : 'Add the first clause of your policies.'}
          py="xl"
        />
      ) : (
        <Stack gap="lg">
          {byDocument(shown).map(([document, items]) => (
            <Stack gap="xs" key={document} component="section" aria-label={document}>
              <Title order={3} size="h4">
                {document}
              </Title>
              <ColumnsTable
                columns={CLAUSE_COLUMNS}
                rows={items}
                minWidth={640}
                verticalSpacing="sm"
                highlightOnHover
                withTableBorder
              />
            </Stack>
          ))}
          <LoadMoreButton query={query} label="Load more clauses" />
        </Stack>
      )}
    </Stack>
  );
}
