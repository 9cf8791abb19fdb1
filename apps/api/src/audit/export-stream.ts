import type { Response } from 'express';

export const EXPORT_FORMATS = ['csv', 'ndjson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
};

/** Rows per query of an export: a few MB in memory at a time, few enough round trips. */
export const EXPORT_BATCH_ROWS = 2000;

/** `audit-events-20260514T102233Z.ndjson`: an ISO 8601 (basic format) time, safe in any file system. */
export function exportFilename(stem: string, format: ExportFormat, at = new Date()): string {
  const stamp = at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
  return `${stem}-${stamp}.${format}`;
}

/** The filter as the caller gave it, for the export's own audit event. */
export function givenFilter(filter: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined));
}

export interface ExportDownload {
  filename: string;
  format: ExportFormat;
  /** The body, one batch of rows per chunk; a generator, so leaving the loop ends its queries. */
  chunks: AsyncIterable<string | Buffer>;
  headers?: Record<string, string>;
}

/** Resolves false once the client has gone away; otherwise after the socket took the chunk or drained. */
async function writeChunk(response: Response, chunk: string | Buffer): Promise<boolean> {
  if (response.destroyed) return false;
  if (response.write(chunk)) return true;
  await new Promise<void>((resolve) => {
    const done = () => {
      response.off('drain', done);
      response.off('close', done);
      resolve();
    };
    response.on('drain', done);
    response.on('close', done);
  });
  return !response.destroyed;
}

/**
 * Sends a download one chunk at a time and waits for 'drain' whenever the socket's buffer is
 * full, so the process holds about one batch whatever the size of the export.
 *
 * The first chunk is made before any header goes out, so a failure there (the database is
 * down) is still an ordinary problem response. After that, a failure can only cut the
 * connection: the chunked body then lacks its final chunk and no client takes a truncated
 * export for a complete one. A client that goes away ends the loop and the queries with it.
 */
export async function sendExport(
  response: Response,
  download: ExportDownload,
  onError: (error: unknown) => void,
): Promise<void> {
  const chunks = download.chunks[Symbol.asyncIterator]();
  let next = await chunks.next();
  response.status(200);
  response.setHeader('Content-Type', CONTENT_TYPES[download.format]);
  response.setHeader('Content-Disposition', `attachment; filename="${download.filename}"`);
  response.setHeader('Cache-Control', 'no-store');
  for (const [name, value] of Object.entries(download.headers ?? {})) response.setHeader(name, value);
  try {
    while (!next.done) {
      if (!(await writeChunk(response, next.value))) {
        await chunks.return?.();
        return;
      }
      next = await chunks.next();
    }
    response.end();
  } catch (error) {
    onError(error);
    response.destroy();
  }
}
