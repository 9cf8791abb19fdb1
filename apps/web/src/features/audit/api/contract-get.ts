import { authorizationHeader } from '../../../lib/api-client';
import { ApiError, apiErrorFrom } from '../../../lib/api-error';
import { clearSession } from '../../../lib/session';

/**
 * TEMPORARY: GET for the audit routes that the API serves but the generated client does not list
 * yet (`/audit/verify`, `/audit/checkpoints`, `/audit/public-key`). Same token and error handling
 * as the shared client. Delete once libs/api-client has them and call `api.GET` instead.
 */
export async function contractGet<T>(path: string, signal?: AbortSignal): Promise<T> {
  const authorization = authorizationHeader();
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  if (authorization !== undefined) headers.set('Authorization', authorization);
  let response: Response;
  try {
    response = await fetch(path, { headers, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw ApiError.network();
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    body = text;
  }
  if (!response.ok) {
    if (response.status === 401 && authorization !== undefined) clearSession();
    throw apiErrorFrom(response.status, body, response.headers);
  }
  return body as T;
}
