import { Alert, Badge, Button, CloseButton, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { ROLES } from '@ethics/domain';
import { useDocumentTitle } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { DateText } from '../../../components/date-text';
import { ColumnsTable, type TableColumn } from '../../../components/columns-table';
import { ListStates } from '../../../components/list-states';
import { LoadMore } from '../../../components/load-more';
import type { Schemas } from '../../../lib/api-types';
import { useCurrentUser } from '../../../lib/current-user';
import { denied, permissionTo } from '../../../lib/permissions';
import { ROLE_LABELS, optionsOf } from '../../../lib/vocabulary-labels';
import { useUsers } from '../../../api/users/get-users';
import { useUserFilters } from '../hooks/use-user-filters';
import { CreateUserButton } from './create-user-button';
import { UserActions } from './user-actions';
import { itemsOfPages } from '../../../api/lists';

type User = Schemas['UserDto'];

const SELF_LOCKOUT = denied('You cannot deactivate yourself or take away your own admin role.');

/** The admin's list of people: create, change role, deactivate and reactivate, lift sign-in locks. */
export function UsersPage() {
  useDocumentTitle('Users · Ethics case tracker');
  const current = useCurrentUser();
  const filterState = useUserFilters();
  const query = useUsers(filterState.filters);
  const users = useMemo(() => itemsOfPages(query.data), [query.data]);
  const [notice, setNotice] = useState<string | null>(null);
  const createPermission = permissionTo(current, { action: 'create', type: 'User', doing: 'create users' });
  const updatePermission = permissionTo(current, { action: 'update', type: 'User', doing: 'change users' });
  const columns: TableColumn<User>[] = [
    {
      header: 'Name',
      rowHeader: true,
      cell: (user) => (
        <>
          <Text size="sm" fw={600}>
            {user.name}
            {user.id === current.user.id && (
              <Badge size="xs" variant="outline" ml={6} radius="sm">
                You
              </Badge>
            )}
          </Text>
          <Text size="xs" c="dimmed">
            {user.email}
          </Text>
        </>
      ),
    },
    { header: 'Role', cell: (user) => ROLE_LABELS[user.role] },
    {
      header: 'Status',
      cell: (user) => (
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
      ),
    },
    {
      header: 'Since',
      cell: (user) => (
        <Text size="sm">
          <DateText iso={user.createdAt} />
        </Text>
      ),
    },
    {
      header: 'Actions',
      align: 'right',
      cell: (user) => (
        <UserActions
          user={user}
          permission={user.id === current.user.id && updatePermission.allowed ? SELF_LOCKOUT : updatePermission}
          unlockPermission={updatePermission}
          onChanged={setNotice}
        />
      ),
    },
  ];

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
            data={[{ value: 'any', label: 'Any role' }, ...optionsOf(ROLES, ROLE_LABELS)]}
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
      <ListStates
        query={query}
        count={users.length}
        loadingLabel="Loading the users…"
        errorTitle="The users could not be loaded"
        emptyTitle={filterState.hasFilters ? 'Nobody matches these filters' : 'No users yet'}
      >
        <Stack gap="sm">
          <ColumnsTable
            columns={columns}
            rows={users}
            rowProps={(user) => ({ c: user.active ? undefined : 'dimmed' })}
            caption={
              <>
                {users.length} {users.length === 1 ? 'person' : 'people'}
                {query.hasNextPage ? ' shown' : ''}
              </>
            }
            minWidth={720}
            verticalSpacing="sm"
            highlightOnHover
            aria-busy={query.isPlaceholderData}
          />
          <LoadMore query={query} rowsNoun="users" />
        </Stack>
      </ListStates>
    </Stack>
  );
}
