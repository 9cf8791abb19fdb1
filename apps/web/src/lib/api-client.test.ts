import { describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '../testing/render';
import { api, buildUrl } from './api-client';
import { ApiError } from './api-error';
import { getSession, setSession } from './session';

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

function stubFetch(response: Response) {
  const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(response);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('api client', () => {
  it('leaves empty query values out of the URL', () => {
    expect(buildUrl('/cases', { q: 'storage ai', status: undefined, severity: '', limit: 50 })).toBe(
      '/api/v1/cases?q=storage+ai&limit=50',
    );
  });

  it('sends the bearer token of the session', async () => {
    setSession({ accessToken: 'token-1', expiresAt: inAnHour() });
    const fetchMock = stubFetch(jsonResponse(200, { items: [], nextCursor: null }));

    await expect(api.get('/cases')).resolves.toEqual({ items: [], nextCursor: null });
    const init = fetchMock.mock.calls[0]?.[1];
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer token-1');
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

    const failure = api.get('/auth/me');
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({
      status: 401,
      message: 'Sign in again.',
      requestId: 'req-1',
    });
    expect(getSession()).toBeNull();
  });

  it('turns a network failure into an ApiError', async () => {
    vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockRejectedValue(new TypeError('fetch failed')));
    await expect(api.get('/cases')).rejects.toMatchObject({ status: 0 });
  });
});
