import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { LoginRequest, LoginResponse } from '../../../lib/api-types';
import { setSession } from '../../../lib/session';

export function login(body: LoginRequest): Promise<LoginResponse> {
  return api.post<LoginResponse>('/auth/login', body, { authenticated: false });
}

export function useLogin() {
  return useMutation({
    mutationFn: login,
    onSuccess: ({ accessToken, expiresAt }) => {
      setSession({ accessToken, expiresAt });
    },
  });
}
