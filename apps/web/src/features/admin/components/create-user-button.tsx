import { Modal } from '@mantine/core';
import { useState } from 'react';
import { GuardedButton } from '../../../components/guarded-button';
import type { Permission } from '../../../lib/permissions';
import type { Schemas } from '../../../lib/api-types';
import { useCreateUser } from '../../../api/users/create-user';
import { UserForm } from './user-form';

export interface CreateUserButtonProps {
  permission: Permission;
  onCreated: (user: Schemas['UserDto']) => void;
}

export function CreateUserButton({ permission, onCreated }: CreateUserButtonProps) {
  const [opened, setOpened] = useState(false);
  const create = useCreateUser();
  const close = () => {
    setOpened(false);
    create.reset();
  };
  return (
    <>
      <GuardedButton
        permission={permission}
        onClick={() => {
          setOpened(true);
        }}
      >
        New user
      </GuardedButton>
      <Modal opened={opened} onClose={close} title="New user" size="md">
        {opened && (
          <UserForm
            pending={create.isPending}
            error={create.error}
            onCancel={close}
            onSubmit={(input) => {
              create.mutate(input, {
                onSuccess: (user) => {
                  close();
                  onCreated(user);
                },
              });
            }}
          />
        )}
      </Modal>
    </>
  );
}
