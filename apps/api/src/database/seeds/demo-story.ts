import { defineAbilityFor } from '@ethics/authz';
import type { Role } from '@ethics/domain';
import type { INestApplicationContext } from '@nestjs/common';
import { Clock } from '../../common/clock';
import type { Actor } from '../../common/request-context';
import { AllegationsService } from '../../modules/allegations/allegations.service';
import { CaseMembersService } from '../../modules/cases/case-members.service';
import { CaseTransitionsService } from '../../modules/cases/case-transitions.service';
import { CasesService } from '../../modules/cases/cases.service';
import { ActionLifecycleService } from '../../modules/enforcement-actions/action-lifecycle.service';
import { EnforcementActionsService } from '../../modules/enforcement-actions/enforcement-actions.service';
import { EvidenceIntakeService } from '../../modules/evidence/evidence-intake.service';
import { EvidenceService } from '../../modules/evidence/evidence.service';
import { PoliciesService } from '../../modules/policies/policies.service';
import { FindingsService } from '../../modules/review/findings.service';
import { TasksService } from '../../modules/review/tasks.service';
import { StatementLifecycleService } from '../../modules/statements/statement-lifecycle.service';
import { StatementsService } from '../../modules/statements/statements.service';
import { SubjectsService } from '../../modules/subjects/subjects.service';
import { UsersService } from '../../modules/users/users.service';

export const DAY = 86_400_000;

/** Marks every request of the demo story in the audit trail and the chain of custody. */
export const DEMO_REQUEST_ID = 'demo-seed';

export interface DemoPerson {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export interface DemoPeople {
  admin: DemoPerson;
  lead: DemoPerson;
  reviewer: DemoPerson;
  reviewer2: DemoPerson;
  executive: DemoPerson;
  auditor: DemoPerson;
}

/** The services the API's controllers call: the demo story writes through nothing else. */
function servicesOf(app: INestApplicationContext) {
  return {
    users: app.get(UsersService),
    policies: app.get(PoliciesService),
    subjects: app.get(SubjectsService),
    cases: app.get(CasesService),
    transitions: app.get(CaseTransitionsService),
    members: app.get(CaseMembersService),
    allegations: app.get(AllegationsService),
    evidenceIntake: app.get(EvidenceIntakeService),
    evidence: app.get(EvidenceService),
    tasks: app.get(TasksService),
    findings: app.get(FindingsService),
    actions: app.get(EnforcementActionsService),
    actionSteps: app.get(ActionLifecycleService),
    statements: app.get(StatementsService),
    statementSteps: app.get(StatementLifecycleService),
  };
}

export type DemoServices = ReturnType<typeof servicesOf>;

/**
 * The caller a request of `person` would have: same abilities, same audit context, no client
 * address. Without a person, the system: recorded with no actor, as the demo users' creation
 * always was, and able to do what an administrator may (create users) and no more.
 */
function actorOf(person: DemoPerson | null): Actor {
  const user = person ?? { id: '', email: '', name: 'system', role: 'admin' as const };
  return {
    user,
    sessionId: DEMO_REQUEST_ID,
    ability: defineAbilityFor(user),
    audit: {
      actorId: person?.id ?? null,
      actorRole: person?.role ?? null,
      requestId: DEMO_REQUEST_ID,
      clientAddress: null,
    },
  };
}

/**
 * Tells the demo story through the application's services, one dated step at a time: each step
 * runs as the person the story names (or as the system, for the demo users themselves), with
 * the clock pinned to the step's date, so rows and audit events carry the story's dates.
 */
export class DemoStory {
  readonly services: DemoServices;
  private readonly clock: Clock;

  constructor(app: INestApplicationContext) {
    this.services = servicesOf(app);
    this.clock = app.get(Clock);
  }

  step<T>(date: Date, person: DemoPerson | null, work: (actor: Actor) => Promise<T>): Promise<T> {
    return this.clock.at(date, () => work(actorOf(person)));
  }
}
