import { AppError, BusyProblem, DomainRuleProblem, NotFoundProblem } from '../../common/app-errors';
import { ContentTooLargeError, StoreUnavailableError } from './storage/evidence-store';

/** Seconds a client is asked to wait when the evidence store is unreachable. */
export const STORE_RETRY_AFTER_SECONDS = 5;

export class EvidenceNotFoundProblem extends NotFoundProblem {
  constructor() {
    super('The evidence item');
  }
}

/** The item is a record without a file, or its bytes are gone from the store. */
export class EvidenceContentNotFoundProblem extends NotFoundProblem {
  constructor() {
    super('Stored content of this evidence item');
  }
}

export class EvidenceRuleProblem extends DomainRuleProblem {}

export class EvidenceTooLargeProblem extends AppError {
  readonly status = 413;
  readonly slug = 'too-large';
  constructor(maxBytes: number) {
    super('Payload too large', `Evidence files may be at most ${maxBytes} bytes; nothing was stored.`);
  }
}

export class EvidenceMediaTypeProblem extends AppError {
  readonly status = 415;
  readonly slug = 'unsupported-media-type';
  constructor() {
    super(
      'Unsupported media type',
      'Send evidence as multipart/form-data (with a file) or as application/json (a record without a file).',
    );
  }
}

export class EvidenceStoreUnavailableProblem extends BusyProblem {
  constructor() {
    super('The evidence store is unavailable; nothing was recorded. Try again shortly.', STORE_RETRY_AFTER_SECONDS);
  }
}

/** A store's failure as the answer a client gets (413, 503); anything else is passed on as it is. */
export function storeProblem(error: unknown): unknown {
  if (error instanceof ContentTooLargeError) return new EvidenceTooLargeProblem(error.maxBytes);
  if (error instanceof StoreUnavailableError) return new EvidenceStoreUnavailableProblem();
  return error;
}
