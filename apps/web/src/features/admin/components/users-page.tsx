import {
  Alert,
  Badge,
  Button,
  Center,
  CloseButton,
  EmptyState,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { ROLES } from '@ethics/domain';
import { useDocumentTitle } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { DateText } from '../../../components/date-text';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { errorMessage } from '../../../lib/api-error';
import { useCurrentUser } from '../../../lib/current-user';
import { denied, permissionTo } from '../../../lib/permissions';
import { ROLE_LABELS } from '../../../lib/vocabulary-labels';
import { useUsers } from '../../../api/users/get-users';
import { useUserFilters } from '../hooks/use-user-filters';
import { CreateUserButton } from './create-user-button';
import { UserActions } from './user-actions';

const SELF_LOCKOUT = denied('You cannot deactivate yourself or take away your own admin role.');

/** The admin's list of people: create, change role, deactivate and reactivate, lift sign-in locks. */
export function UsersPage() {
  useDocumentTitle('Users · Ethics case tracker');
  const current = useCurrentUser();
  const filterState = useUserFilters();
  const query = useUsers(filterState.filters);
  const users = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  const [notice, setNotice] = useState<string | null>(null);
  const createPermission = permissionTo(current, { action: 'create', type: 'User', doing: 'create users' });
  const updatePermission = permissionTo(current, { action: 'update', type: 'User', doing: 'change users' });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Users</Title>
          <Text size="sm" c="dimmed">
            Who may sign in, and in which role. People are deactivated, never deleted, so the audit trail keeps their
            names.
          </Text>
        </div>
        <CreateUserButton
          permission={createPermission}
          onCreated={(user) => {
            setNotice(
              `${user.name} was created as ${ROLE_LABELS[user.role].toLowerCase()}; they can sign in as ${user.email}.`,
            );
          }}
        />
      </Group>
      {notice && (
        <Alert color="green" variant="light" role="status">
          <Group justify="space-between" wrap="nowrap">
            <span>{notice}</span>
            <CloseButton
              aria-label="Dismiss"
              onClick={() => {
                setNotice(null);
              }}
            />
          </Group>
        </Alert>
      )}
      <Paper withBorder p="sm" radius="md" role="search" aria-label="Filter the users">
        <Group gap="sm" align="flex-end">
          <Select
            label="Role"
            w={200}
            data={[
              { value: 'any', label: 'Any role' },
              ...ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
            ]}
            value={filterState.role}
            onChange={filterState.setRole}
            allowDeselect={false}
          />
          <Select
            label="Status"
            w={200}
            data={[
              { value: 'any', label: 'Active and deactivated' },
              { value: 'active', label: 'Active' },
              { value: 'deactivated', label: 'Deactivated' },
            ]}
            value={filterState.status}
            onChange={filterState.setStatus}
            allowDeselect={false}
          />
          {filterState.hasFilters && (
            <Button variant="subtle" size="sm" onClick={filterState.clear}>
              Clear filters
            </Button>
          )}
        </Group>
      </Paper>
      {query.isPending ? (
        <LoadingState label="Loading the users…" />
      ) : query.isError && users.length === 0 ? (
        <ErrorState title="The users could not be loaded" error={query.error} onRetry={() => void query.refetch()} />
      ) : users.length === 0 ? (
        <EmptyState title={filterState.hasFilters ? 'Nobody matches these filters' : 'No users yet'} py="xl" />
      ) : (
        <Stack gap="sm">
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" highlightOnHover aria-busy={query.isPlaceholderData}>
              <Table.Caption>
                {users.length} {users.length === 1 ? 'person' : 'people'}
                {query.hasNextPage ? ' shown' : ''}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Name</Table.Th>
                  <Table.Th scope="col">Role</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Since</Table.Th>
                  <Table.Th scope="col" ta="right">
                    Actions
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.map((user) => {
                  const self = user.id === current.user.id;
                  return (
                    <Table.Tr key={user.id} c={user.active ? undefined : 'dimmed'}>
                      <Table.Th scope="row" fw={500}>
                        <Text size="sm" fw={600}>
                          {user.name}
                          {self && (
                            <Badge size="xs" variant="outline" ml={6} radius="sm">
                              You
                            </Badge>
                          )}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {user.email}
                        </Text>
                      </Table.Th>
                      <Table.Td>{ROLE_LABELS[user.role]}</Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          <Badge color={user.active ? 'green' : 'gray'} variant="light" radius="sm">
                            {user.active ? 'Active' : 'Deactivated'}
                          </Badge>
                          {user.signInLockedUntil !== null && (
                            <Badge color="orange" variant="light" radius="sm">
                              Sign-in locked until <DateText iso={user.signInLockedUntil} withTime />
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          <DateText iso={user.createdAt} />
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <UserActions
                          user={user}
                          permission={self && updatePermission.allowed ? SELF_LOCKOUT : updatePermission}
                          unlockPermission={updatePermission}
                          onChanged={setNotice}
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {query.isFetchNextPageError && (
            <Alert color="red" variant="light" role="alert" title="More users could not be loaded">
              {errorMessage(query.error)}
            </Alert>
          )}
          {query.hasNextPage && (
            <Center>
              <Button variant="default" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
                Load more
              </Button>
            </Center>
          )}
        </Stack>
      )}
    </Stack>
  );
}
