import { DuplicateProblem, NotFoundProblem } from '../../common/app-errors';

export class PolicyClauseNotFoundProblem extends NotFoundProblem {
  constructor() {
    super('The policy clause');
  }
}

export class ConcurrentClauseVersionProblem extends DuplicateProblem {
  constructor() {
    super('Another version of this clause was written at the same time; read it and try again.');
  }
}
