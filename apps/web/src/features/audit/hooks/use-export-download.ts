import { useCallback, useEffect, useRef, useState } from 'react';
import { saveBlob } from '../../../lib/save-file';
import type { ExportFilters, ExportFormat, ExportPath } from '../../../api/audit/export-format';
import { streamExport, type ExportProgress } from '../../../api/audit/stream-export';

export type ExportState =
  | { status: 'idle' }
  | { status: 'running'; format: ExportFormat; progress: ExportProgress; startedAt: number }
  | {
      status: 'done';
      format: ExportFormat;
      fileName: string;
      bytes: number;
      rows: number;
      upToSeq: number | null;
      seconds: number;
    }
  | { status: 'cancelled' }
  | { status: 'failed'; error: unknown };

/** Progress repaints at most this often; a large export delivers thousands of chunks a second. */
const PROGRESS_INTERVAL_MS = 100;

export interface UseExportDownloadOptions<P extends ExportPath> {
  /** The export route, e.g. `/api/v1/audit/export`. */
  path: P;
  /** Base of the file name when the server suggests none, e.g. `audit-events`. */
  fileStem: string;
}

/** Runs one export at a time, with its progress, cancellation and the saved file's figures. */
export function useExportDownload<P extends ExportPath>({ path, fileStem }: UseExportDownloadOptions<P>) {
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);

  useEffect(
    () => () => {
      controller.current?.abort();
    },
    [],
  );

  const start = useCallback(
    async (format: ExportFormat, query: ExportFilters<P>) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      const startedAt = Date.now();
      let lastPaint = 0;
      setState({ status: 'running', format, startedAt, progress: { bytes: 0, rows: 0, totalBytes: null } });
      try {
        const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
        const file = await streamExport(path, {
          format,
          query,
          fallbackName: `${fileStem}-${stamp}.${format}`,
          signal: abort.signal,
          onProgress: (progress) => {
            const now = Date.now();
            if (now - lastPaint < PROGRESS_INTERVAL_MS) return;
            lastPaint = now;
            setState({ status: 'running', format, startedAt, progress });
          },
        });
        saveBlob(file.blob, file.fileName);
        setState({
          status: 'done',
          format,
          fileName: file.fileName,
          bytes: file.bytes,
          rows: file.rows,
          upToSeq: file.upToSeq,
          seconds: (Date.now() - startedAt) / 1000,
        });
      } catch (error) {
        setState(abort.signal.aborted ? { status: 'cancelled' } : { status: 'failed', error });
      } finally {
        if (controller.current === abort) controller.current = null;
      }
    },
    [path, fileStem],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
  }, []);

  const reset = useCallback(() => {
    setState({ status: 'idle' });
  }, []);

  return { state, start, cancel, reset };
}
