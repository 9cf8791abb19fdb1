import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError, apiErrorFrom, parseProblemDetails } from './api-error';
import type { paths } from './api-types';
import { clearSession, getSession, isExpired } from './session';

export const API_BASE = '/api/v1';

/** Calls that must not carry a bearer token, or whose 401 does not mean "the session is over". */
const ANONYMOUS_PATHS = new Set<string>(['/api/v1/auth/login']);

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The bearer token of the session, or the end of an expired one. */
export function authorizationHeader(): string | undefined {
  const session = getSession();
  if (session === null) return undefined;
  if (isExpired(session)) {
    clearSession();
    throw new ApiError(parseProblemDetails({ detail: 'Your session has expired. Sign in again.' }, 401));
  }
  return `Bearer ${session.accessToken}`;
}

/**
 * Every call goes through here: the bearer token on the way out; on the way back, any answer that
 * is not a success becomes an `ApiError` built from its problem details (thrown, so callers and
 * TanStack Query only ever see data or an error). A 401 on an authenticated call means the
 * session is over: it is cleared, and the route guard, which watches the session, sends the person
 * to the sign-in page.
 */
export const sessionMiddleware: Middleware = {
  onRequest({ request, schemaPath }) {
    if (ANONYMOUS_PATHS.has(schemaPath)) return undefined;
    const authorization = authorizationHeader();
    if (authorization !== undefined) request.headers.set('Authorization', authorization);
    return request;
  },
  async onResponse({ request, response }) {
    if (response.ok) return undefined;
    const body = await readBody(response.clone());
    if (response.status === 401 && request.headers.has('Authorization')) clearSession();
    throw apiErrorFrom(response.status, body, response.headers);
  },
  onError({ request, error }) {
    // Cancellation is not a failure: let TanStack Query see the abort as it is.
    if (request.signal.aborted || error instanceof ApiError) return error instanceof Error ? error : undefined;
    return ApiError.network();
  },
};

/**
 * Requests resolve the client's root-relative URLs against the page, as browsers do; Node's
 * `Request`, which tests run on, would refuse them.
 */
class PageRequest extends Request {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' && input.startsWith('/') ? new URL(input, globalThis.location.href) : input, init);
  }
}

export const api = createClient<paths>({
  baseUrl: '',
  headers: { Accept: 'application/json, application/problem+json' },
  // Lists take several values comma-separated (`status=intake,triage`), as the API documents.
  querySerializer: { array: { style: 'form', explode: false } },
  // Looked up on each call rather than captured once, so tests can stub the global.
  fetch: (request) => globalThis.fetch(request),
  Request: PageRequest,
});
api.use(sessionMiddleware);

/**
 * The data of a successful answer. The middleware has already thrown for every failure, so an
 * answer without data can only be a success without a body.
 */
export async function dataOf<T>(call: Promise<{ data?: T; response: Response }>): Promise<T> {
  const { data, response } = await call;
  if (data === undefined) throw new ApiError(parseProblemDetails(undefined, response.status));
  return data;
}

/** For calls that answer 204: resolves once the call succeeded. */
export async function done(call: Promise<{ response: Response }>): Promise<void> {
  await call;
}
