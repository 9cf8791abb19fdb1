/**
 * Errors the domain raises on purpose. Each module subclasses these with its
 * own names; the problem-details filter maps them to HTTP by their kind.
 */
export abstract class AppError extends Error {
  abstract readonly status: number;
  abstract readonly slug: string;
  constructor(
    readonly title: string,
    readonly detail?: string,
  ) {
    super(detail ?? title);
  }
}

/** A kind of problem whose detail alone varies from one occurrence to the next. */
function problemKind(status: number, slug: string, title: string) {
  return class extends AppError {
    readonly status = status;
    readonly slug = slug;
    constructor(detail: string) {
      super(title, detail);
    }
  };
}

export class ValidationProblem extends AppError {
  readonly status = 400;
  readonly slug = 'validation';
  constructor(
    readonly errors: { field: string; message: string }[],
    detail = 'The request has invalid fields.',
  ) {
    super('Invalid request', detail);
  }
}

/** Not found, or not visible to the caller: one answer, so restricted records do not leak. */
export class NotFoundProblem extends AppError {
  readonly status = 404;
  readonly slug = 'not-found';
  constructor(what: string) {
    super('Not found', `${what} was not found.`);
  }
}

export class VersionConflictProblem extends AppError {
  readonly status = 409;
  readonly slug = 'version-conflict';
  constructor(what: string, current: number) {
    super('Version conflict', `${what} was changed by someone else; its current version is ${current}.`);
  }
}

export class IllegalTransitionProblem extends problemKind(409, 'illegal-transition', 'Illegal transition') {}

export class DuplicateProblem extends problemKind(409, 'duplicate', 'Already exists') {}

/** A rule of the domain refused a well-formed request (four eyes, closing rules…). */
export class DomainRuleProblem extends problemKind(422, 'domain-rule', 'Refused by a rule of the domain') {}

export class ForbiddenProblem extends problemKind(403, 'forbidden', 'Forbidden') {
  constructor(detail = 'You are not allowed to do this.') {
    super(detail);
  }
}

export class UnauthenticatedProblem extends problemKind(401, 'unauthenticated', 'Not signed in') {
  constructor(detail = 'Sign in to continue.') {
    super(detail);
  }
}

/** Refused for now, but worth trying again after `retryAfterSeconds` (sent as Retry-After). */
export abstract class RetryLaterProblem extends AppError {
  constructor(
    title: string,
    detail: string,
    readonly retryAfterSeconds: number,
  ) {
    super(title, detail);
  }
}

export class RateLimitedProblem extends RetryLaterProblem {
  readonly status = 429;
  readonly slug = 'rate-limited';
  constructor(detail: string, retryAfterSeconds: number) {
    super('Too many requests', detail, retryAfterSeconds);
  }
}

/** The service cannot do it right now but may shortly (contention, storage outage). */
export class BusyProblem extends RetryLaterProblem {
  readonly status = 503;
  readonly slug = 'busy';
  constructor(detail: string, retryAfterSeconds: number) {
    super('Service busy', detail, retryAfterSeconds);
  }
}
