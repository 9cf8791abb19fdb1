import {
  ACTIONS,
  CASE_DETAIL_FIELDS,
  CASE_SUMMARY_FIELDS,
  caseScoped,
  defineAbilityFor,
  readableStatuses,
  SUBJECTS,
  type Action,
  type SubjectType,
} from '@ethics/authz';
import { ACTION_STATUSES, ROLES, STATEMENT_STATUSES, type Role } from '@ethics/domain';

/**
 * How far a role's permission reaches:
 * - all: every record, restricted cases included;
 * - open: unrestricted cases and restricted ones the user is a member of;
 * - member: only cases the user is a member of;
 * - unrestricted: unrestricted cases only, whoever's team;
 * - none: never.
 */
type Reach = 'all' | 'open' | 'member' | 'unrestricted' | 'none';
type Decisions = Partial<Record<Action, Reach>>;

/** The actions this table was written for: adding one fails here (and does not compile) until every role is decided. */
const DECIDED_ACTIONS = {
  read: true,
  create: true,
  update: true,
  delete: true,
  transition: true,
  approve: true,
  reject: true,
  execute: true,
  reverse: true,
  submit: true,
  publish: true,
  export: true,
  verify: true,
} as const satisfies Record<Action, true>;

const work = (reach: Reach): Decisions => ({ read: 'open', create: reach, update: reach });

/** Every role × subject decided (TypeScript refuses a missing subject); unlisted actions are denied. */
const EXPECTED: Record<Role, Record<SubjectType, Decisions>> = {
  reviewer: {
    Case: { read: 'open', create: 'all', update: 'member' },
    CaseMember: { read: 'open' },
    Allegation: work('member'),
    Evidence: work('member'),
    EvidenceContent: { read: 'open' },
    Task: work('member'),
    Finding: work('member'),
    EnforcementAction: { read: 'open', create: 'member' },
    Statement: { ...work('member'), submit: 'member' },
    Subject: { read: 'all', create: 'all' },
    Policy: { read: 'all' },
    User: {},
    AuditEvent: {},
    Metrics: {},
  },
  lead: {
    Case: { read: 'open', create: 'all', update: 'open', transition: 'open' },
    CaseMember: { read: 'open', create: 'open', delete: 'open' },
    Allegation: work('open'),
    Evidence: { ...work('open'), delete: 'open' },
    EvidenceContent: { read: 'open' },
    Task: work('open'),
    Finding: work('open'),
    EnforcementAction: {
      read: 'open',
      create: 'open',
      approve: 'open',
      reject: 'open',
      execute: 'open',
      reverse: 'open',
    },
    Statement: { ...work('open'), submit: 'open', approve: 'open', publish: 'open' },
    Subject: { read: 'all', create: 'all' },
    Policy: { read: 'all' },
    User: {},
    AuditEvent: {},
    Metrics: { read: 'all' },
  },
  executive: {
    // Restricted cases: the summary, actions taken and statements published (by status, see below).
    Case: { read: 'all' },
    CaseMember: { read: 'unrestricted' },
    Allegation: { read: 'unrestricted' },
    Evidence: { read: 'unrestricted' },
    EvidenceContent: {},
    Task: {},
    Finding: { read: 'unrestricted' },
    EnforcementAction: { read: 'all' },
    Statement: { read: 'all', approve: 'unrestricted' },
    Subject: { read: 'all' },
    Policy: { read: 'all' },
    User: {},
    AuditEvent: {},
    Metrics: { read: 'all' },
  },
  auditor: {
    Case: { read: 'all' },
    CaseMember: { read: 'all' },
    Allegation: { read: 'all' },
    Evidence: { read: 'all' },
    EvidenceContent: { read: 'all' },
    Task: { read: 'all' },
    Finding: { read: 'all' },
    EnforcementAction: { read: 'all', export: 'all' },
    Statement: { read: 'all' },
    Subject: { read: 'all' },
    Policy: { read: 'all' },
    User: { read: 'all' },
    AuditEvent: { read: 'all', export: 'all', verify: 'all' },
    Metrics: { read: 'all' },
  },
  admin: {
    Case: {},
    CaseMember: {},
    Allegation: {},
    Evidence: {},
    EvidenceContent: {},
    Task: {},
    Finding: {},
    EnforcementAction: {},
    Statement: {},
    Subject: {},
    Policy: { read: 'all', create: 'all', update: 'all' },
    User: { read: 'all', create: 'all', update: 'all' },
    AuditEvent: {},
    Metrics: {},
  },
};

const USER_ID = '11111111-1111-4111-8111-111111111111';

function measuredReach(role: Role, action: Action, subject: SubjectType): Reach | 'inconsistent' {
  const ability = defineAbilityFor({ id: USER_ID, role });
  const restrictedNotMember = ability.can(action, caseScoped(subject, { restricted: true, memberIds: [] }));
  const openNotMember = ability.can(action, caseScoped(subject, { restricted: false, memberIds: [] }));
  const restrictedMember = ability.can(action, caseScoped(subject, { restricted: true, memberIds: [USER_ID] }));
  if (restrictedNotMember && openNotMember && restrictedMember) return 'all';
  if (!restrictedNotMember && openNotMember && restrictedMember) return 'open';
  if (!restrictedNotMember && !openNotMember && restrictedMember) return 'member';
  if (!restrictedNotMember && openNotMember && !restrictedMember) return 'unrestricted';
  if (!restrictedNotMember && !openNotMember && !restrictedMember) return 'none';
  return 'inconsistent';
}

describe('the role × action × subject matrix', () => {
  it('decides every action the vocabulary has', () => {
    expect([...ACTIONS].sort()).toEqual(Object.keys(DECIDED_ACTIONS).sort());
  });

  const cells = ROLES.flatMap((role) =>
    SUBJECTS.flatMap((subject) => ACTIONS.map((action) => [role, subject, action] as const)),
  );

  it.each(cells)('%s on %s: %s is as decided', (role, subject, action) => {
    const expected = EXPECTED[role][subject][action] ?? 'none';
    expect(measuredReach(role, action, subject)).toBe(expected);
  });
});

describe("an executive's view of a restricted case", () => {
  const ability = defineAbilityFor({ id: USER_ID, role: 'executive' });
  const restricted = { restricted: true, memberIds: [] };

  it('reads its summary fields and no detail field, timeline or counts', () => {
    const record = caseScoped('Case', restricted);
    expect(CASE_SUMMARY_FIELDS.filter((field) => !ability.can('read', record, field))).toEqual([]);
    expect(CASE_DETAIL_FIELDS.filter((field) => ability.can('read', record, field))).toEqual([]);
  });

  it('reads the actions taken and the statements published, nothing else of them', () => {
    expect(readableStatuses(ability, 'EnforcementAction', restricted, ACTION_STATUSES)).toEqual([
      'executed',
      'reversed',
    ]);
    expect(readableStatuses(ability, 'Statement', restricted, STATEMENT_STATUSES)).toEqual(['published']);
    const open = { restricted: false, memberIds: [] };
    expect(readableStatuses(ability, 'EnforcementAction', open, ACTION_STATUSES)).toEqual([...ACTION_STATUSES]);
  });
});
