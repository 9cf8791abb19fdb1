import { act, fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setSession } from '../../../lib/session';
import { anEvidence } from '../../../testing/factories';
import { renderWithProviders, testUser } from '../../../testing/render';
import { UploadEvidenceForm } from './upload-evidence-form';

type Listener = (event: Partial<ProgressEvent>) => void;

/** Stands in for the browser's XMLHttpRequest: the test decides when bytes go out and what comes back. */
class FakeXhr {
  static last: FakeXhr | undefined;
  readonly headers = new Map<string, string>();
  readonly upload = {
    listeners: [] as Listener[],
    addEventListener: (_: string, fn: Listener) => this.upload.listeners.push(fn),
  };
  private readonly listeners = new Map<string, (() => void)[]>();
  method = '';
  url = '';
  body: FormData | undefined;
  status = 0;
  responseText = '';

  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers.set(name, value);
  }
  getResponseHeader() {
    return null;
  }
  addEventListener(type: string, fn: () => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
  }
  send(body: FormData) {
    this.body = body;
  }
  abort() {
    for (const fn of this.listeners.get('abort') ?? []) fn();
  }
  progress(loaded: number, total: number) {
    for (const fn of this.upload.listeners) fn({ loaded, total, lengthComputable: true });
  }
  respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    for (const fn of this.listeners.get('load') ?? []) fn();
  }
}

function chooseFileAndUpload() {
  const input = document.querySelector<HTMLInputElement>('input[type=file]');
  if (input === null) throw new Error('no file input');
  const file = new File(['intercepted call metadata'], 'telemetry.bin', { type: 'application/octet-stream' });
  fireEvent.change(input, { target: { files: [file] } });
  fireEvent.change(screen.getByLabelText(/^title/i), { target: { value: 'Telemetry export' } });
  fireEvent.click(screen.getByRole('button', { name: 'Upload evidence' }));
}

function renderReviewerForm() {
  return renderWithProviders(<UploadEvidenceForm caseId="case-1" allegations={[]} onDone={() => undefined} />, {
    user: testUser('reviewer', 'reviewer-1'),
  });
}

/** The request the form sent, once its body is there. */
function sentUpload(): Promise<FakeXhr> {
  return vi.waitFor(() => {
    if (FakeXhr.last?.body === undefined) throw new Error('not sent yet');
    return FakeXhr.last;
  });
}

describe('UploadEvidenceForm', () => {
  beforeEach(() => {
    FakeXhr.last = undefined;
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
  });

  it('shows the upload progress, then the SHA-256 the API computed', async () => {
    setSession({ accessToken: 'token-1', expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    renderReviewerForm();

    chooseFileAndUpload();
    const xhr = await sentUpload();
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/v1/cases/case-1/evidence');
    expect(xhr.headers.get('Authorization')).toBe('Bearer token-1');
    expect(xhr.body?.get('title')).toBe('Telemetry export');
    expect(xhr.body?.get('kind')).toBe('document');
    expect((xhr.body?.get('file') as File | null)?.name).toBe('telemetry.bin');

    act(() => {
      xhr.progress(40, 100);
    });
    expect(screen.getByRole('progressbar', { name: 'Upload progress' }).getAttribute('aria-valuenow')).toBe('40');
    expect(screen.getByText(/40%/)).toBeTruthy();

    const stored = anEvidence({ title: 'Telemetry export' });
    act(() => {
      xhr.progress(100, 100);
      xhr.respond(201, stored);
    });
    expect(await screen.findByText('Upload complete')).toBeTruthy();
    expect(screen.getByTestId('evidence-sha256').textContent).toContain(stored.sha256);
  });

  it('puts the field errors of a refused upload next to their inputs', async () => {
    renderReviewerForm();
    chooseFileAndUpload();
    const xhr = await sentUpload();
    act(() => {
      xhr.respond(400, {
        title: 'Bad Request',
        status: 400,
        errors: [{ field: 'title', message: 'title must be shorter than or equal to 300 characters' }],
      });
    });
    expect(await screen.findByText('title must be shorter than or equal to 300 characters')).toBeTruthy();
    expect(screen.getByLabelText(/^title/i).getAttribute('aria-invalid')).toBe('true');
  });

  it('asks for a file before sending anything', () => {
    renderReviewerForm();
    fireEvent.click(screen.getByRole('button', { name: 'Upload evidence' }));
    expect(screen.getByText('Choose a file to upload.')).toBeTruthy();
    expect(FakeXhr.last).toBeUndefined();
  });

  it('asks a lead adding to a closed case for a reason, and sends it with the file', async () => {
    renderWithProviders(
      <UploadEvidenceForm caseId="case-1" allegations={[]} reasonRequired onDone={() => undefined} />,
      { user: testUser('lead', 'lead-1') },
    );
    chooseFileAndUpload();
    expect(screen.getByText('Say why this belongs on the record of a closed case.')).toBeTruthy();
    expect(FakeXhr.last).toBeUndefined();

    fireEvent.change(screen.getByLabelText(/^reason for adding to a closed case/i), {
      target: { value: 'Court filing after closure' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Upload evidence' }));
    const xhr = await sentUpload();
    expect(xhr.body?.get('reason')).toBe('Court filing after closure');
  });
});
