import { DomainRuleProblem, IllegalTransitionProblem, NotFoundProblem } from '../../common/app-errors';

export class StatementNotFoundProblem extends NotFoundProblem {
  constructor() {
    super('The statement');
  }
}

export class IllegalStatementTransitionProblem extends IllegalTransitionProblem {}

/** Four eyes, frozen published text, supersession rules. */
export class StatementRuleProblem extends DomainRuleProblem {}
