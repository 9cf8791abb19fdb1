import { ApiError, parseProblemDetails } from './api-error';
import { clearSession, getSession, isExpired } from './session';

export const API_BASE = '/api/v1';

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  /** Added to the URL; `undefined`, `null` and empty strings are left out. */
  query?: Readonly<Record<string, QueryValue>>;
  signal?: AbortSignal;
  /** Send the bearer token (default). Sign-in is the one call that must not. */
  authenticated?: boolean;
}

export function buildUrl(path: string, query?: Readonly<Record<string, QueryValue>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search === '' ? '' : `?${search}`}`;
}

function retryAfterSeconds(response: Response): number | undefined {
  const header = response.headers.get('Retry-After');
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Calls the API. Resolves with the parsed JSON body (`undefined` for 204); rejects with an
 * `ApiError` built from the problem details. A 401 on an authenticated call means the session
 * is over: it is cleared, and the route guard, which watches the session, sends the person to
 * the sign-in page.
 */
export async function apiRequest<T = unknown>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, query, signal, authenticated = true } = options;
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });

  const session = authenticated ? getSession() : null;
  if (session !== null) {
    if (isExpired(session)) {
      clearSession();
      throw new ApiError(parseProblemDetails({ detail: 'Your session has expired.' }, 401));
    }
    headers.set('Authorization', `Bearer ${session.accessToken}`);
  }
  if (body !== undefined) headers.set('Content-Type', 'application/json');

  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    // Cancellation is not a failure: let TanStack Query see the abort as it is.
    if (signal?.aborted) throw error;
    throw ApiError.network();
  }

  const data = await readBody(response);
  if (!response.ok) {
    if (response.status === 401 && session !== null) clearSession();
    throw new ApiError(parseProblemDetails(data, response.status), {
      requestId: response.headers.get('X-Request-Id') ?? undefined,
      retryAfterSeconds: retryAfterSeconds(response),
    });
  }
  return data as T;
}

export const api = {
  get<T = unknown>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>): Promise<T> {
    return apiRequest<T>(path, { ...options, method: 'GET' });
  },
  post<T = unknown>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) {
    return apiRequest<T>(path, { ...options, method: 'POST', body });
  },
  patch<T = unknown>(path: string, body: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) {
    return apiRequest<T>(path, { ...options, method: 'PATCH', body });
  },
  delete<T = unknown>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>): Promise<T> {
    return apiRequest<T>(path, { ...options, method: 'DELETE' });
  },
};
