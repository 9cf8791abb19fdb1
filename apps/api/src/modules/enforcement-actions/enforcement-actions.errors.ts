import { ACTION_COMMANDS, type ActionCommand, type ActionStatus } from '@ethics/domain';
import { DomainRuleProblem, IllegalTransitionProblem, NotFoundProblem } from '../../common/app-errors';

export class ActionNotFoundProblem extends NotFoundProblem {
  constructor() {
    super('The enforcement action');
  }
}

export class IllegalActionTransitionProblem extends IllegalTransitionProblem {
  constructor(command: ActionCommand, status: ActionStatus) {
    // The target statuses read as past participles: approved, rejected, executed, reversed.
    const { from, to } = ACTION_COMMANDS[command];
    super(`Only an enforcement action that is ${from} can be ${to}; this one is ${status}.`);
  }
}

/** A reference in the proposal (subject, finding, clause) or a rule such as four eyes refused it. */
export class ActionRuleProblem extends DomainRuleProblem {}
