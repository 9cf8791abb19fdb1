import { useMutation } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import type { LoginRequest } from '../../lib/api-types';
import { setSession } from '../../lib/session';

export function login(body: LoginRequest) {
  return dataOf(api.POST('/api/v1/auth/login', { body }));
}

export function useLogin() {
  return useMutation({
    mutationFn: login,
    onSuccess: ({ accessToken, expiresAt }) => {
      setSession({ accessToken, expiresAt });
    },
  });
}
