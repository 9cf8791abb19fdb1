import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { setSession } from '../../../lib/session';
import { jsonResponse, renderWithProviders } from '../../../testing/render';
import { ExportPanel } from './export-panel';

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

/** A response whose body the test feeds chunk by chunk. */
function controlledResponse(headers: Record<string, string>) {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
  });
  const encoder = new TextEncoder();
  return {
    response: new Response(body, { status: 200, headers }),
    send: (text: string) => {
      controller.enqueue(encoder.encode(text));
    },
    end: () => {
      controller.close();
    },
    fail: (error: unknown) => {
      controller.error(error);
    },
  };
}

function stubDownloads() {
  const createObjectURL = vi.fn(() => 'blob:export');
  Object.defineProperty(URL, 'createObjectURL', { configurable: true, writable: true, value: createObjectURL });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, writable: true, value: vi.fn() });
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return { createObjectURL, click };
}

function renderPanel(deniedReason: string | null = null) {
  return renderWithProviders(
    <ExportPanel
      title="Export the audit trail"
      description="Every event."
      path="/api/v1/audit/export"
      fileStem="audit-events"
      query={{ action: 'case.*' }}
      deniedReason={deniedReason}
    />,
  );
}

describe('ExportPanel', () => {
  it('shows rows and bytes while the export streams in, then saves the file', async () => {
    setSession({ accessToken: 'token', expiresAt: inAnHour() });
    const { createObjectURL, click } = stubDownloads();
    const stream = controlledResponse({
      'Content-Type': 'text/csv',
      'Content-Disposition': 'attachment; filename="audit.csv"',
    });
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(stream.response);
    vi.stubGlobal('fetch', fetchMock);
    renderPanel();

    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    stream.send('seq,action\n1,case.created\n2,case.updated\n');
    expect(await screen.findByText(/Receiving:/)).toBeTruthy();
    expect(screen.getByText('2').tagName).toBe('STRONG');
    expect(screen.getByRole('progressbar', { name: 'Export progress' }).getAttribute('aria-valuetext')).toBe(
      '41 B received',
    );

    stream.send('3,"multi\nline",x\n');
    stream.end();
    const saved = await screen.findByText(/audit\.csv: 3 rows/);
    expect(within(screen.getByRole('status')).getByText('Export saved')).toBeTruthy();
    expect(saved.textContent).toMatch(/audit\.csv: 3 rows, 58 B, in \d+\.\d s\./);
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/audit/export?format=csv&action=case.*');
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
  });

  it('exports NDJSON when chosen', async () => {
    setSession({ accessToken: 'token', expiresAt: inAnHour() });
    stubDownloads();
    const stream = controlledResponse({ 'Content-Type': 'application/x-ndjson' });
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(stream.response);
    vi.stubGlobal('fetch', fetchMock);
    renderPanel();

    fireEvent.click(screen.getByRole('radio', { name: 'NDJSON' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export NDJSON' }));
    stream.send('{"seq":1}\n');
    stream.end();
    expect(await screen.findByText(/: 1 row,/)).toBeTruthy();
    expect(fetchMock.mock.calls[0]?.[0] as string).toContain('format=ndjson');
  });

  it('shows why an export failed', async () => {
    setSession({ accessToken: 'token', expiresAt: inAnHour() });
    vi.stubGlobal(
      'fetch',
      vi
        .fn<typeof fetch>()
        .mockResolvedValue(jsonResponse(403, { title: 'Forbidden', detail: 'Your role may not export.' })),
    );
    renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('The export failed')).toBeTruthy();
    expect(screen.getByText('Your role may not export.')).toBeTruthy();
  });

  it('cancels a running export without saving anything', async () => {
    setSession({ accessToken: 'token', expiresAt: inAnHour() });
    const { click } = stubDownloads();
    const fetchMock = vi.fn<typeof fetch>((_url, init) => {
      const stream = controlledResponse({ 'Content-Type': 'text/csv' });
      stream.send('h\nrow\n');
      // As a browser does: an aborted fetch fails the body's next read.
      init?.signal?.addEventListener('abort', () => {
        stream.fail(new DOMException('The operation was aborted.', 'AbortError'));
      });
      return Promise.resolve(stream.response);
    });
    vi.stubGlobal('fetch', fetchMock);
    renderPanel();

    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Export cancelled. Nothing was saved.')).toBeTruthy();
    expect(click).not.toHaveBeenCalled();
  });

  it('keeps the export disabled, with the reason, for a role that may not export', () => {
    renderPanel('Only auditors may export the audit log');
    const button = screen.getByRole('button', { name: 'Export CSV' });
    expect(button.hasAttribute('disabled')).toBe(true);
    expect(button.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('Only auditors may export the audit log')).toBeTruthy();
  });
});
