import { authorizationHeader } from './api-client';
import { ApiError, apiErrorFrom } from './api-error';
import { clearSession } from './session';

export interface UploadProgress {
  loaded: number;
  /** Null while the browser does not know the size yet. */
  total: number | null;
}

export interface UploadOptions {
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function responseHeaders(xhr: XMLHttpRequest) {
  return { get: (name: string) => xhr.getResponseHeader(name) };
}

/**
 * Posts a multipart form and reports how much of it has been sent. `fetch` cannot report upload
 * progress, so this is the one call made with XMLHttpRequest; it follows the same rules as the
 * API client (bearer token, problem details as `ApiError`, 401 ends the session).
 *
 * The caller names the type of the answer: it comes from the generated schema of the operation.
 */
export function uploadForm<T>(url: string, form: FormData, { onProgress, signal }: UploadOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let authorization: string | undefined;
    try {
      authorization = authorizationHeader();
    } catch (error) {
      reject(error instanceof Error ? error : ApiError.network());
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    if (authorization !== undefined) xhr.setRequestHeader('Authorization', authorization);

    xhr.upload.addEventListener('progress', (event) => {
      onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : null });
    });
    xhr.addEventListener('load', () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body as T);
        return;
      }
      if (xhr.status === 401 && authorization !== undefined) clearSession();
      reject(apiErrorFrom(xhr.status, body, responseHeaders(xhr)));
    });
    xhr.addEventListener('error', () => {
      reject(ApiError.network());
    });
    xhr.addEventListener('abort', () => {
      reject(new DOMException('The upload was cancelled.', 'AbortError'));
    });

    if (signal?.aborted) {
      reject(new DOMException('The upload was cancelled.', 'AbortError'));
      return;
    }
    signal?.addEventListener('abort', () => {
      xhr.abort();
    });
    xhr.send(form);
  });
}
