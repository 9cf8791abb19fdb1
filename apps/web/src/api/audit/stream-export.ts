import { authorizationHeader } from '../../lib/api-client';
import { ApiError, apiErrorFrom, parseProblemDetails } from '../../lib/api-error';
import { filenameFromDisposition } from '../../lib/save-file';
import { clearSession } from '../../lib/session';
import type { ExportFilters, ExportFormat, ExportPath } from './export-format';
import { ExportRowCounter } from './export-rows';

export interface ExportProgress {
  bytes: number;
  rows: number;
  /** From `Content-Length` when the server sends one; streamed exports usually do not. */
  totalBytes: number | null;
}

export interface ExportFile {
  blob: Blob;
  fileName: string;
  bytes: number;
  rows: number;
  /** The last audit event an audit export covers (the export's own event), when the server says. */
  upToSeq: number | null;
}

type QueryValues = Readonly<Record<string, string | readonly string[] | undefined>>;

export interface StreamExportOptions<P extends ExportPath> {
  format: ExportFormat;
  query: ExportFilters<P>;
  /** File name used when the response does not suggest one. */
  fallbackName: string;
  signal?: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
}

const MEDIA_TYPES: Record<ExportFormat, string> = { csv: 'text/csv', ndjson: 'application/x-ndjson' };

export function exportUrl(path: ExportPath, format: ExportFormat, query: QueryValues): string {
  const params = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(query)) {
    // Several values go comma-separated, as the API reads them (and as the shared client sends them).
    const text = typeof value === 'string' ? value : value?.filter((item) => item !== '').join(',');
    if (text !== undefined && text !== '') params.set(key, text);
  }
  return `${path}?${params.toString()}`;
}

function seqHeader(value: string | null): number | null {
  const seq = Number(value);
  return value !== null && Number.isSafeInteger(seq) && seq > 0 ? seq : null;
}

async function problemOf(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = JSON.parse(await response.text()) as unknown;
  } catch {
    body = undefined;
  }
  return apiErrorFrom(response.status, body, response.headers);
}

/**
 * Downloads a streamed export with the session's bearer token, reading the body as it arrives so
 * that the person sees bytes and rows received, and returns it as a file to save. The export
 * routes stream in constant memory on the server; here the file is kept until it is saved.
 */
export async function streamExport<P extends ExportPath>(
  path: P,
  options: StreamExportOptions<P>,
): Promise<ExportFile> {
  const { format, query, fallbackName, signal, onProgress } = options;
  // A plain link cannot carry the bearer token, so the app fetches the export itself.
  const authorization = authorizationHeader();
  const headers = new Headers({ Accept: `${MEDIA_TYPES[format]}, application/problem+json` });
  if (authorization !== undefined) headers.set('Authorization', authorization);

  let response: Response;
  try {
    response = await fetch(exportUrl(path, format, query as QueryValues), {
      headers,
      signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw ApiError.network();
  }
  if (!response.ok) {
    if (response.status === 401 && authorization !== undefined) clearSession();
    throw await problemOf(response);
  }

  const length = Number(response.headers.get('Content-Length'));
  const totalBytes = Number.isFinite(length) && length > 0 ? length : null;
  const counter = new ExportRowCounter(format);
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;

  if (response.body === null) throw ApiError.network();
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        counter.finish();
        break;
      }
      chunks.push(value);
      bytes += value.byteLength;
      counter.push(value);
      onProgress?.({ bytes, rows: counter.rows, totalBytes });
    }
  } catch (error) {
    if (signal?.aborted) throw error;
    // The connection dropped part way: a truncated export must not be saved as if complete.
    throw new ApiError(
      parseProblemDetails({ detail: 'The download was interrupted. Nothing was saved; try again.' }, 0),
    );
  } finally {
    reader.releaseLock();
  }
  // Some environments end the body quietly on abort instead of failing the read.
  if (signal?.aborted) throw new DOMException('The export was cancelled.', 'AbortError');

  const type = response.headers.get('Content-Type')?.split(';')[0]?.trim() || MEDIA_TYPES[format];
  return {
    blob: new Blob(chunks, { type }),
    fileName: filenameFromDisposition(response.headers.get('Content-Disposition')) ?? fallbackName,
    bytes,
    rows: counter.rows,
    upToSeq: seqHeader(response.headers.get('X-Audit-Export-Up-To-Seq')),
  };
}
