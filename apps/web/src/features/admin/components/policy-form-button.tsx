import { useNavigate } from 'react-router';
import { ModalFormButton } from '../../../components/modal-form-button';
import type { Permission } from '../../../lib/permissions';
import { useCreatePolicy } from '../../../api/policies/create-policy';
import { PolicyForm, type PolicyFormValues } from './policy-form';

export interface PolicyFormButtonProps {
  permission: Permission;
  label: string;
  title: string;
  initial: PolicyFormValues;
  codeLocked: boolean;
  submitLabel: string;
}

/** Opens the policy form in a dialog; the saved clause (or version) opens on its own page. */
export function PolicyFormButton({
  permission,
  label,
  title,
  initial,
  codeLocked,
  submitLabel,
}: PolicyFormButtonProps) {
  const create = useCreatePolicy();
  const navigate = useNavigate();
  return (
    <ModalFormButton permission={permission} label={label} title={title} size="lg" onClose={create.reset}>
      {(close) => (
        <PolicyForm
          initial={initial}
          codeLocked={codeLocked}
          submitLabel={submitLabel}
          pending={create.isPending}
          error={create.error}
          onCancel={close}
          onSubmit={(input) => {
            create.mutate(input, {
              onSuccess: (created) => {
                close();
                void navigate(`/admin/policies/${created.id}`);
              },
            });
          }}
        />
      )}
    </ModalFormButton>
  );
}
