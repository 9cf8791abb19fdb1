import { ModalFormButton } from '../../../components/modal-form-button';
import type { Permission } from '../../../lib/permissions';
import type { Schemas } from '../../../lib/api-types';
import { useCreateUser } from '../../../api/users/create-user';
import { UserForm } from './user-form';

export interface CreateUserButtonProps {
  permission: Permission;
  onCreated: (user: Schemas['UserDto']) => void;
}

export function CreateUserButton({ permission, onCreated }: CreateUserButtonProps) {
  const create = useCreateUser();
  return (
    <ModalFormButton permission={permission} label="New user" title="New user" size="md" onClose={create.reset}>
      {(close) => (
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
    </ModalFormButton>
  );
}
