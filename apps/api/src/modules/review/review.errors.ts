import { DomainRuleProblem, NotFoundProblem } from '../../common/app-errors';

export class TaskNotFoundProblem extends NotFoundProblem {
  constructor() {
    super('The task');
  }
}

export class ReviewRuleProblem extends DomainRuleProblem {}
