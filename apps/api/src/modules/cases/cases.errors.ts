import {
  DomainRuleProblem,
  DuplicateProblem,
  IllegalTransitionProblem,
  NotFoundProblem,
} from '../../common/app-errors';

export class CaseNotFoundProblem extends NotFoundProblem {
  constructor() {
    super('The case');
  }
}

export class IllegalCaseTransitionProblem extends IllegalTransitionProblem {
  constructor(from: string, to: string) {
    super(`A case cannot move from ${from} to ${to}.`);
  }
}

export class CaseRuleProblem extends DomainRuleProblem {}

export class AlreadyMemberProblem extends DuplicateProblem {
  constructor() {
    super('This user is already a member of the case.');
  }
}

export class MemberNotFoundProblem extends NotFoundProblem {
  constructor() {
    super('The case member');
  }
}

/** The case is closed or dismissed and does not take this work. */
export class FinishedCaseProblem extends DomainRuleProblem {}
