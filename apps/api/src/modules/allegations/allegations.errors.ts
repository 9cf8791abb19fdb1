import { DomainRuleProblem, NotFoundProblem } from '../../common/app-errors';

export class AllegationNotFoundProblem extends NotFoundProblem {
  constructor() {
    super('The allegation');
  }
}

export class AllegationRuleProblem extends DomainRuleProblem {}
