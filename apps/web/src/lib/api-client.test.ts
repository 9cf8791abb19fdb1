import { describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '../testing/render';
import { api, dataOf } from './api-client';
import { ApiError } from './api-error';
import { getSession, setSession } from './session';

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

function stubFetch(response: Response) {
  const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(response);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function sentRequest(fetchMock: ReturnType<typeof stubFetch>): Request {
  const input = fetchMock.mock.calls[0]?.[0];
  if (!(input instanceof Request)) throw new Error('fetch was not called with a Request');
  return input;
}

describe('api client', () => {
  it('sends lists comma-separated and leaves absent values out of the URL', async () => {
    const fetchMock = stubFetch(jsonResponse(200, { items: [], nextCursor: null }));
    await dataOf(api.GET('/api/v1/cases', { params: { query: { status: ['intake', 'triage'], limit: 50 } } }));
    const url = new URL(sentRequest(fetchMock).url);
    expect(url.pathname).toBe('/api/v1/cases');
    expect(url.searchParams.get('status')).toBe('intake,triage');
    expect(url.searchParams.get('limit')).toBe('50');
    expect(url.searchParams.has('q')).toBe(false);
  });

  it('sends the bearer token of the session', async () => {
    setSession({ accessToken: 'token-1', expiresAt: inAnHour() });
    const fetchMock = stubFetch(jsonResponse(200, { items: [], nextCursor: null }));

    await expect(dataOf(api.GET('/api/v1/cases'))).resolves.toEqual({ items: [], nextCursor: null });
    expect(sentRequest(fetchMock).headers.get('Authorization')).toBe('Bearer token-1');
  });

  it('does not send a token with the sign-in itself', async () => {
    setSession({ accessToken: 'old', expiresAt: inAnHour() });
    const fetchMock = stubFetch(jsonResponse(401, { title: 'Unauthorized', status: 401, detail: 'Wrong.' }));
    await expect(dataOf(api.POST('/api/v1/auth/login', { body: { email: 'a@b.c', password: 'x' } }))).rejects.toThrow(
      'Wrong.',
    );
    expect(sentRequest(fetchMock).headers.has('Authorization')).toBe(false);
    // A failed sign-in is not the end of another session.
    expect(getSession()).not.toBeNull();
  });

  it('ends the session on 401 and rejects with the problem details', async () => {
    setSession({ accessToken: 'revoked', expiresAt: inAnHour() });
    stubFetch(
      jsonResponse(
        401,
        { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Sign in again.' },
        { 'X-Request-Id': 'req-1' },
      ),
    );

    const failure = dataOf(api.GET('/api/v1/auth/me'));
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 401, message: 'Sign in again.', requestId: 'req-1' });
    expect(getSession()).toBeNull();
  });

  it('turns problem details into an ApiError with its field errors', async () => {
    stubFetch(
      jsonResponse(400, {
        title: 'Bad Request',
        status: 400,
        errors: [{ field: 'services', message: 'unknown service key: teleport' }],
      }),
    );
    const failure = dataOf(
      api.POST('/api/v1/cases/{id}/actions', {
        params: { path: { id: 'c1' } },
        body: { subjectId: 's1', type: 'warning', services: ['teleport'], scope: 'all', rationale: 'r' },
      }),
    );
    await expect(failure).rejects.toMatchObject({
      status: 400,
      errors: [{ field: 'services', message: 'unknown service key: teleport' }],
    });
  });

  it('turns a network failure into an ApiError', async () => {
    vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockRejectedValue(new TypeError('fetch failed')));
    await expect(dataOf(api.GET('/api/v1/cases'))).rejects.toMatchObject({ status: 0 });
  });
});
