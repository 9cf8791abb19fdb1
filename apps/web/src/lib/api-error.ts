/**
 * RFC 9457 problem details, the body of every error response (docs/API.md). The OpenAPI document
 * does not describe error bodies, so this is the one shape the dashboard reads on its own, and it
 * reads it defensively (`parseProblemDetails`) instead of trusting it.
 */
export interface ProblemFieldError {
  field: string;
  message: string;
}

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: ProblemFieldError[];
}

const FALLBACK_TITLES: Record<number, string> = {
  0: 'The server could not be reached. Check your connection and try again.',
  400: 'The request was not valid.',
  401: 'You are not signed in.',
  403: 'You are not allowed to do that.',
  404: 'Not found.',
  409: 'Someone else changed this record. Reload and try again.',
  413: 'That is too large.',
  415: 'That type of content is not supported.',
  422: 'That is not allowed by the rules of the process.',
  429: 'Too many requests. Wait a moment and try again.',
};

function fallbackTitle(status: number): string {
  return (
    FALLBACK_TITLES[status] ?? (status >= 500 ? 'The server had a problem. Try again later.' : 'The request failed.')
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function parseFieldErrors(value: unknown): ProblemFieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown): ProblemFieldError[] => {
    if (!isRecord(item)) return [];
    const field = nonEmptyString(item.field);
    const message = nonEmptyString(item.message);
    return field !== undefined && message !== undefined ? [{ field, message }] : [];
  });
}

/**
 * Reads an error body as problem details. Anything else (an HTML page from a proxy, an empty
 * body) still yields a usable problem built from the HTTP status.
 */
export function parseProblemDetails(body: unknown, status: number): ProblemDetails {
  const source = isRecord(body) ? body : {};
  const detail = nonEmptyString(source.detail);
  const errors = parseFieldErrors(source.errors);
  return {
    type: nonEmptyString(source.type) ?? 'about:blank',
    title: nonEmptyString(source.title) ?? fallbackTitle(status),
    status: typeof source.status === 'number' ? source.status : status,
    ...(detail !== undefined ? { detail } : {}),
    ...(errors.length > 0 ? { errors } : {}),
  };
}

export interface ApiErrorMeta {
  requestId?: string;
  retryAfterSeconds?: number;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: readonly ProblemFieldError[];
  /** The API's `X-Request-Id`, worth quoting to support. */
  readonly requestId: string | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(problem: ProblemDetails, meta: ApiErrorMeta = {}) {
    super(problem.detail ?? problem.title);
    this.status = problem.status;
    this.type = problem.type;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.requestId = meta.requestId;
    this.retryAfterSeconds = meta.retryAfterSeconds;
  }

  static network(): ApiError {
    return new ApiError(parseProblemDetails(undefined, 0));
  }

  /** Messages keyed by field; a field with several problems gets them joined. */
  get fieldErrors(): Readonly<Partial<Record<string, string>>> {
    const byField: Partial<Record<string, string>> = {};
    for (const { field, message } of this.errors) {
      const previous = byField[field];
      byField[field] = previous === undefined ? message : `${previous} ${message}`;
    }
    return byField;
  }

  fieldError(field: string): string | undefined {
    return this.fieldErrors[field];
  }
}

/** Reads the `Retry-After` header (seconds or an HTTP date) as whole seconds. */
export function retryAfterSeconds(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** The error for a failed answer, from its status, body and headers. */
export function apiErrorFrom(status: number, body: unknown, headers: { get(name: string): string | null }): ApiError {
  return new ApiError(parseProblemDetails(body, status), {
    requestId: headers.get('X-Request-Id') ?? undefined,
    retryAfterSeconds: retryAfterSeconds(headers.get('Retry-After')),
  });
}

/** A version conflict: someone else saved the record since it was read. */
export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}

/** The sentence to show a person for any error a query or mutation may throw. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 429 && error.detail === undefined && error.retryAfterSeconds) {
      return `Too many attempts. Try again in ${String(error.retryAfterSeconds)} seconds.`;
    }
    return error.message;
  }
  return 'Something went wrong. Try again.';
}

/**
 * Field errors the form has no input for, so that they are shown in its general message
 * instead of being lost.
 */
export function unmatchedFieldErrors(error: unknown, fields: readonly string[]): ProblemFieldError[] {
  if (!(error instanceof ApiError)) return [];
  return error.errors.filter((e) => !fields.includes(e.field));
}
