import { describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '../../testing/render';
import { ApiError } from '../../lib/api-error';
import { getSession, setSession } from '../../lib/session';
import { exportUrl, streamExport, type ExportProgress } from './stream-export';

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

/** A streamed response delivering the given chunks one by one. */
export function streamedResponse(chunks: string[], headers: Record<string, string> = {}): Response {
  const encoder = new TextEncoder();
  let index = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[index];
      index += 1;
      if (chunk === undefined) controller.close();
      else controller.enqueue(encoder.encode(chunk));
    },
  });
  return new Response(body, { status: 200, headers });
}

describe('exportUrl', () => {
  it('joins several values with commas and leaves empty filters out', () => {
    expect(
      exportUrl('/api/v1/actions/export', 'csv', {
        type: ['warning', 'disable_service'],
        status: [],
        subjectId: undefined,
        from: '',
      }),
    ).toBe('/api/v1/actions/export?format=csv&type=warning%2Cdisable_service');
  });
});

describe('streamExport', () => {
  it('sends the bearer token, reports bytes and rows per chunk, and returns the whole file', async () => {
    setSession({ accessToken: 'token-7', expiresAt: inAnHour() });
    const chunks = ['{"seq":1}\n{"se', 'q":2}\n', '{"seq":3}\n'];
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(
      streamedResponse(chunks, {
        'Content-Type': 'application/x-ndjson',
        'Content-Disposition': 'attachment; filename="audit-2026.ndjson"',
        'X-Audit-Export-Up-To-Seq': '4',
      }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const progress: ExportProgress[] = [];

    const file = await streamExport('/api/v1/audit/export', {
      format: 'ndjson',
      query: { caseId: 'c-1' },
      fallbackName: 'fallback.ndjson',
      onProgress: (p) => progress.push(p),
    });

    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/audit/export?format=ndjson&caseId=c-1');
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer token-7');
    expect(progress).toEqual([
      { bytes: 14, rows: 1, totalBytes: null },
      { bytes: 20, rows: 2, totalBytes: null },
      { bytes: 30, rows: 3, totalBytes: null },
    ]);
    expect(file).toMatchObject({ fileName: 'audit-2026.ndjson', bytes: 30, rows: 3, upToSeq: 4 });
    expect(file.blob.type).toBe('application/x-ndjson');
    await expect(file.blob.text()).resolves.toBe(chunks.join(''));
  });

  it('rejects with the problem details and ends the session on 401', async () => {
    setSession({ accessToken: 'revoked', expiresAt: inAnHour() });
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>().mockResolvedValue(jsonResponse(401, { title: 'Unauthorized', detail: 'Sign in again.' })),
    );
    const failure = streamExport('/api/v1/audit/export', { format: 'csv', query: {}, fallbackName: 'x.csv' });
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 401, message: 'Sign in again.' });
    expect(getSession()).toBeNull();
  });

  it('does not hand back a truncated file when the connection drops', async () => {
    setSession({ accessToken: 'token', expiresAt: inAnHour() });
    let sent = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (!sent) {
          sent = true;
          controller.enqueue(new TextEncoder().encode('h\nrow\n'));
        } else {
          controller.error(new TypeError('network'));
        }
      },
    });
    vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockResolvedValue(new Response(body)));
    await expect(
      streamExport('/api/v1/audit/export', { format: 'csv', query: {}, fallbackName: 'x.csv' }),
    ).rejects.toMatchObject({ message: 'The download was interrupted. Nothing was saved; try again.' });
  });
});
