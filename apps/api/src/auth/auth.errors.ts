import { RateLimitedProblem, UnauthenticatedProblem } from '../common/app-errors';

export class InvalidCredentialsProblem extends UnauthenticatedProblem {
  constructor() {
    super('The e-mail or password is wrong.');
  }
}

export class TooManyLoginAttemptsProblem extends RateLimitedProblem {
  constructor(retryAfterSeconds: number) {
    super('Too many failed sign-ins; wait before trying again.', retryAfterSeconds);
  }
}
