import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useRef, useState, type SubmitEvent } from 'react';
import { ApiError, errorMessage, unmatchedFieldErrors } from '../../../lib/api-error';
import { useLogin } from '../../../api/auth/login';

const FIELDS = ['email', 'password'] as const;

export interface SignInFormProps {
  onSignedIn: () => void;
}

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const passwordRef = useRef<HTMLInputElement>(null);
  const login = useLogin();

  const error = login.error;
  const fieldError = (field: (typeof FIELDS)[number]) =>
    error instanceof ApiError ? error.fieldError(field) : undefined;
  const hasFieldErrors = error instanceof ApiError && error.errors.length > 0;
  const otherErrors = unmatchedFieldErrors(error, FIELDS);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    login.mutate(
      { email: email.trim(), password },
      {
        onSuccess: onSignedIn,
        // The inputs were disabled while waiting, which drops focus; give it back where the
        // person most likely needs to type again.
        onError: () => {
          setPassword('');
          requestAnimationFrame(() => passwordRef.current?.focus());
        },
      },
    );
  };

  return (
    <form onSubmit={handleSubmit} aria-label="Sign in">
      <Stack gap="md">
        {error !== null && (!hasFieldErrors || otherErrors.length > 0) && (
          <Alert color="red" variant="light" role="alert" title="Could not sign in">
            {errorMessage(error)}
            {otherErrors.map((e) => (
              <div key={`${e.field}:${e.message}`}>{e.message}</div>
            ))}
          </Alert>
        )}
        <TextInput
          label="E-mail"
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => {
            setEmail(event.currentTarget.value);
          }}
          error={fieldError('email')}
          disabled={login.isPending}
          data-autofocus
        />
        <PasswordInput
          ref={passwordRef}
          label="Password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => {
            setPassword(event.currentTarget.value);
          }}
          error={fieldError('password')}
          disabled={login.isPending}
        />
        <Button type="submit" loading={login.isPending} fullWidth>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
