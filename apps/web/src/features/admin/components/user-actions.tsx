import { Group, Select, Text } from '@mantine/core';
import { ROLES, type Role } from '@ethics/domain';
import { useState } from 'react';
import { GuardedButton } from '../../../components/guarded-button';
import { ReasonDialog } from '../../../components/reason-dialog';
import type { Schemas } from '../../../lib/api-types';
import type { Permission } from '../../../lib/permissions';
import { ROLE_LABELS, optionsOf } from '../../../lib/vocabulary-labels';
import { formatDateTime } from '../../../lib/dates';
import { useUnlockUser } from '../../../api/users/unlock-user';
import { useUpdateUser } from '../../../api/users/update-user';

type User = Schemas['UserDto'];

export interface UserActionsProps {
  user: User;
  /** For the role and deactivation (an admin may not demote or deactivate themselves). */
  permission: Permission;
  /** For lifting a sign-in lock. */
  unlockPermission: Permission;
  onChanged: (message: string) => void;
}

type Dialog = 'role' | 'active' | 'unlock' | null;

/**
 * Change a user's role, deactivate / reactivate them, or lift the sign-in lock that failed
 * attempts put on their account; each confirmed with a reason.
 */
export function UserActions({ user, permission, unlockPermission, onChanged }: UserActionsProps) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const [role, setRole] = useState<Role>(user.role);
  const [roleError, setRoleError] = useState<string | undefined>();
  const update = useUpdateUser();
  const unlock = useUnlockUser();

  const open = (which: Dialog) => {
    update.reset();
    unlock.reset();
    setRole(user.role);
    setRoleError(undefined);
    setDialog(which);
  };
  const close = () => {
    setDialog(null);
  };

  return (
    <Group gap="xs" wrap="nowrap" justify="flex-end">
      {user.signInLockedUntil !== null && (
        <GuardedButton
          permission={unlockPermission}
          size="compact-sm"
          variant="light"
          color="orange"
          aria-label={`Lift the sign-in lock of ${user.name}`}
          onClick={() => {
            open('unlock');
          }}
        >
          Lift sign-in lock
        </GuardedButton>
      )}
      <GuardedButton
        permission={permission}
        size="compact-sm"
        variant="default"
        aria-label={`Change role of ${user.name}`}
        onClick={() => {
          open('role');
        }}
      >
        Change role
      </GuardedButton>
      <GuardedButton
        permission={permission}
        size="compact-sm"
        variant={user.active ? 'light' : 'default'}
        color={user.active ? 'red' : undefined}
        aria-label={`${user.active ? 'Deactivate' : 'Reactivate'} ${user.name}`}
        onClick={() => {
          open('active');
        }}
      >
        {user.active ? 'Deactivate' : 'Reactivate'}
      </GuardedButton>

      <ReasonDialog
        opened={dialog === 'role'}
        onClose={close}
        title={`Change the role of ${user.name}`}
        description={
          <Text size="sm">
            {user.name}’s role is now {ROLE_LABELS[user.role]}. A new role applies from their next request.
          </Text>
        }
        confirmLabel="Change role"
        pending={update.isPending}
        error={update.error}
        extraFields={['role']}
        validate={() => {
          if (role === user.role) {
            setRoleError('Choose a different role.');
            return false;
          }
          return true;
        }}
        onConfirm={(reason) => {
          update.mutate(
            { id: user.id, body: { version: user.version, role, reason } },
            {
              onSuccess: (changed) => {
                close();
                onChanged(`${changed.name} is now ${ROLE_LABELS[changed.role].toLowerCase()}.`);
              },
            },
          );
        }}
      >
        <Select
          label="New role"
          required
          data={optionsOf(ROLES, ROLE_LABELS)}
          value={role}
          allowDeselect={false}
          onChange={(value) => {
            setRole(ROLES.find((r) => r === value) ?? user.role);
            setRoleError(undefined);
          }}
          error={roleError}
          comboboxProps={{ withinPortal: true }}
        />
      </ReasonDialog>

      <ReasonDialog
        opened={dialog === 'active'}
        onClose={close}
        title={user.active ? `Deactivate ${user.name}?` : `Reactivate ${user.name}?`}
        description={
          user.active
            ? `${user.name} will no longer be able to sign in, and their open sessions end now. Their records and audit trail stay.`
            : `${user.name} will be able to sign in again with their password, as ${ROLE_LABELS[user.role].toLowerCase()}.`
        }
        confirmLabel={user.active ? 'Deactivate' : 'Reactivate'}
        confirmColor={user.active ? 'red' : undefined}
        pending={update.isPending}
        error={update.error}
        onConfirm={(reason) => {
          update.mutate(
            { id: user.id, body: { version: user.version, active: !user.active, reason } },
            {
              onSuccess: (changed) => {
                close();
                onChanged(`${changed.name} was ${changed.active ? 'reactivated' : 'deactivated'}.`);
              },
            },
          );
        }}
      />

      <ReasonDialog
        opened={dialog === 'unlock'}
        onClose={close}
        title={`Lift the sign-in lock of ${user.name}?`}
        description={
          user.signInLockedUntil === null
            ? undefined
            : `Failed sign-ins refuse ${user.name} from at least one address until ${formatDateTime(user.signInLockedUntil)}. ` +
              'Lifting the lock lets them, and anyone guessing from those addresses, try again at once. ' +
              'Check who is asking first.'
        }
        confirmLabel="Lift sign-in lock"
        pending={unlock.isPending}
        error={unlock.error}
        onConfirm={(reason) => {
          unlock.mutate(
            { id: user.id, reason },
            {
              onSuccess: (changed) => {
                close();
                onChanged(`${changed.name} can sign in again from every address.`);
              },
            },
          );
        }}
      />
    </Group>
  );
}
