import { DomainRuleProblem, DuplicateProblem, NotFoundProblem } from '../../common/app-errors';

export class UserNotFoundProblem extends NotFoundProblem {
  constructor() {
    super('The user');
  }
}

export class EmailTakenProblem extends DuplicateProblem {
  constructor() {
    super('A user with this e-mail already exists.');
  }
}

export class SelfLockoutProblem extends DomainRuleProblem {
  constructor() {
    super('You cannot deactivate yourself or take away your own admin role.');
  }
}
