import { Button, Group, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { ROLES, type Role } from '@ethics/domain';
import type { SubmitEvent } from 'react';
import { FormErrorAlert } from '../../../components/form-error-alert';
import { FormActions } from '../../../components/form-actions';
import { useCheckedForm } from '../../../lib/checked-form';
import { ROLE_LABELS, optionsOf } from '../../../lib/vocabulary-labels';
import type { CreateUserInput } from '../../../api/users/create-user';

const FIELDS = ['name', 'email', 'role', 'password', 'reason'] as const;
type Field = (typeof FIELDS)[number];

export const MIN_PASSWORD_LENGTH = 12;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface UserFormValues {
  name: string;
  email: string;
  role: Role | null;
  password: string;
  reason: string;
}

const EMPTY: UserFormValues = { name: '', email: '', role: null, password: '', reason: '' };

/** What is wrong with the values before they are sent, by field. */
export function validateUser(values: UserFormValues): Partial<Record<Field, string>> {
  const problems: Partial<Record<Field, string>> = {};
  if (values.name.trim() === '') problems.name = 'Enter the person’s name.';
  if (!EMAIL.test(values.email.trim())) problems.email = 'Enter an e-mail address like name@example.com.';
  if (values.role === null) problems.role = 'Choose a role.';
  if (values.password.length < MIN_PASSWORD_LENGTH) {
    problems.password = `At least ${String(MIN_PASSWORD_LENGTH)} characters.`;
  }
  return problems;
}

/** A random password for the person to change: 18 characters from an unambiguous alphabet. */
export function generatePassword(length = 18): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789-_';
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}

export interface UserFormProps {
  onSubmit: (input: CreateUserInput) => void;
  onCancel: () => void;
  pending: boolean;
  /** The error of the last attempt: its field errors show under the inputs. */
  error: unknown;
}

export function UserForm({ onSubmit, onCancel, pending, error }: UserFormProps) {
  const { values, change, messageFor, textInput, setProblems, summary } = useCheckedForm(EMPTY, FIELDS, error);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateUser(values);
    setProblems(found);
    if (Object.keys(found).length > 0 || values.role === null) return;
    const reason = values.reason.trim();
    onSubmit({
      name: values.name.trim(),
      email: values.email.trim(),
      role: values.role,
      password: values.password,
      ...(reason !== '' ? { reason } : {}),
    });
  };

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="New user">
      <Stack gap="sm">
        <FormErrorAlert title="The user was not created" summary={summary} />
        <TextInput label="Name" required data-autofocus autoComplete="off" {...textInput('name')} />
        <TextInput label="E-mail" type="email" required autoComplete="off" {...textInput('email')} />
        <Select
          label="Role"
          required
          placeholder="Choose a role"
          data={optionsOf(ROLES, ROLE_LABELS)}
          value={values.role}
          onChange={(role) => {
            change('role', ROLES.find((r) => r === role) ?? null);
          }}
          error={messageFor('role')}
          allowDeselect={false}
        />
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <PasswordInput
            label="Initial password"
            description={`At least ${String(MIN_PASSWORD_LENGTH)} characters. Share it with the person securely.`}
            required
            autoComplete="new-password"
            {...textInput('password')}
            style={{ flex: 1 }}
          />
          <Button
            variant="default"
            onClick={() => {
              change('password', generatePassword());
            }}
            mb={messageFor('password') ? 22 : 0}
          >
            Generate
          </Button>
        </Group>
        <TextInput label="Reason" description="Optional; kept in the audit trail." {...textInput('reason')} />
        <FormActions submitLabel="Create user" onCancel={onCancel} pending={pending} mt="xs" />
      </Stack>
    </form>
  );
}
