import { AppError, DomainRuleProblem, NotFoundProblem } from '../../common/app-errors';

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
