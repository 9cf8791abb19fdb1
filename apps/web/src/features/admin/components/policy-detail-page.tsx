import { Alert, Anchor, Badge, Breadcrumbs, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link, useParams } from 'react-router';
import { DateText } from '../../../components/date-text';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { ApiError } from '../../../lib/api-error';
import { useCurrentUser } from '../../../lib/current-user';
import { denied, permissionTo } from '../../../lib/permissions';
import { usePolicy } from '../../../api/policies/get-policy';
import { todayDate } from './policy-form';
import { PolicyFormButton } from './policy-form-button';

type PolicyDetail = NonNullable<ReturnType<typeof usePolicy>['data']>;

function NewVersionButton({ clause }: { clause: PolicyDetail }) {
  const current = useCurrentUser();
  const base = permissionTo(current, { action: 'create', type: 'Policy', doing: 'change the policy catalogue' });
  const permission = base.allowed && !clause.isCurrent ? denied('Open the current version to make a new one.') : base;
  return (
    <PolicyFormButton
      permission={permission}
      label="New version"
      title={`New version of ${clause.code}`}
      initial={{
        code: clause.code,
        document: clause.document,
        title: clause.title,
        text: clause.text,
        effectiveFrom: todayDate(),
        reason: '',
      }}
      codeLocked
      submitLabel={`Save version ${String(clause.version + 1)}`}
    />
  );
}

/** One clause: its text, its versions, and a new version prefilled from the current one. */
export function PolicyDetailPage() {
  const { id = '' } = useParams<{ id: string }>();
  const query = usePolicy(id);
  useDocumentTitle(query.data ? `${query.data.code} · Policies` : 'Policy clause · Ethics case tracker');

  const crumbs = (
    <Breadcrumbs>
      <Anchor component={Link} to="/admin/policies" size="sm">
        Policy catalogue
      </Anchor>
      <Text size="sm">{query.data?.code ?? 'Clause'}</Text>
    </Breadcrumbs>
  );

  if (query.isPending) return <LoadingState label="Loading the clause…" />;
  if (query.isError) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <Stack gap="md">
        {crumbs}
        {notFound ? (
          <Alert color="gray" variant="light" title="Clause not found">
            There is no such clause. It may have been mistyped.
          </Alert>
        ) : (
          <ErrorState title="The clause could not be loaded" error={query.error} onRetry={() => void query.refetch()} />
        )}
      </Stack>
    );
  }

  const clause = query.data;
  const versions = [...clause.versions].sort((a, b) => b.version - a.version);
  return (
    <Stack gap="md" maw={960}>
      {crumbs}
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Text size="sm" c="dimmed" fw={600}>
            {clause.document}
          </Text>
          <Title order={2}>
            <Text span ff="monospace" inherit>
              {clause.code}
            </Text>{' '}
            {clause.title}
          </Title>
          <Group gap={6}>
            <Badge variant="light" radius="sm">
              Version {clause.version}
            </Badge>
            {clause.isCurrent ? (
              <Badge color="green" variant="light" radius="sm">
                Current
              </Badge>
            ) : (
              <Badge color="gray" variant="outline" radius="sm">
                Superseded
              </Badge>
            )}
            <Text size="sm" c="dimmed">
              In effect from <DateText iso={clause.effectiveFrom} />
            </Text>
          </Group>
        </Stack>
        <NewVersionButton clause={clause} />
      </Group>
      <Paper withBorder p="md" radius="md">
        <Text style={{ whiteSpace: 'pre-line' }}>{clause.text}</Text>
      </Paper>
      <Stack gap="xs" component="section" aria-labelledby="versions-heading">
        <Title order={3} size="h4" id="versions-heading">
          Versions
        </Title>
        <Table withTableBorder verticalSpacing="xs" maw={560}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Version</Table.Th>
              <Table.Th scope="col">In effect from</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.map((version) => (
              <Table.Tr key={version.id} aria-current={version.id === clause.id ? 'page' : undefined}>
                <Table.Td>
                  {version.id === clause.id ? (
                    <Text size="sm" fw={700}>
                      Version {version.version} (shown)
                    </Text>
                  ) : (
                    <Anchor component={Link} to={`/admin/policies/${version.id}`} size="sm">
                      Version {version.version}
                    </Anchor>
                  )}
                </Table.Td>
                <Table.Td>
                  <DateText iso={version.effectiveFrom} />
                </Table.Td>
                <Table.Td>{version.isCurrent ? 'Current' : 'Superseded'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Stack>
  );
}
