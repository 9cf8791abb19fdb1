import { DomainRuleProblem, NotFoundProblem } from '../../common/app-errors';

export class SubjectNotFoundProblem extends NotFoundProblem {
  constructor() {
    super('The subject');
  }
}

export class SubjectTreeProblem extends DomainRuleProblem {}
