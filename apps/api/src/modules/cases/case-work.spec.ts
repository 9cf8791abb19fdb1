import { CASE_STATUSES, CASE_WORK, OPEN_CASE_STATUSES, ROLES, caseWorkRule, type CaseWork } from '@ethics/domain';

const EVERY_WORK = Object.keys(CASE_WORK) as CaseWork[];

/** The whole table, one line per decision that is not "allowed, no reason needed". */
function exceptions(): string[] {
  return CASE_STATUSES.flatMap((status) =>
    EVERY_WORK.flatMap((work) =>
      ROLES.flatMap((role) => {
        const rule = caseWorkRule(status, work, role);
        if (rule.allowed && !rule.reasonRequired) return [];
        return [`${status} ${work} ${role}: ${rule.allowed ? 'with a reason' : 'refused'}`];
      }),
    ),
  );
}

describe('work a case takes in each status', () => {
  it('takes every kind of work while the case is open', () => {
    expect(exceptions().filter((line) => OPEN_CASE_STATUSES.some((status) => line.startsWith(`${status} `)))).toEqual(
      [],
    );
  });

  it('takes from a closed case only late evidence and received statements, from a lead with a reason', () => {
    const closed = exceptions().filter((line) => line.startsWith('closed '));
    expect(closed.filter((line) => !line.endsWith('refused'))).toEqual([
      'closed add_evidence lead: with a reason',
      'closed record_received_statement lead: with a reason',
    ]);
    expect(closed).toHaveLength(EVERY_WORK.length * ROLES.length);
  });

  it('takes nothing on a dismissed case', () => {
    expect(exceptions().filter((line) => line.startsWith('dismissed ') && !line.endsWith('refused'))).toEqual([]);
    expect(exceptions().filter((line) => line.startsWith('dismissed '))).toHaveLength(EVERY_WORK.length * ROLES.length);
  });

  it('says what to do about a refusal', () => {
    expect(caseWorkRule('dismissed', 'add_task', 'lead')).toEqual({
      allowed: false,
      refusal: 'The case is dismissed: reopen it to add tasks.',
    });
    expect(caseWorkRule('closed', 'record_received_statement', 'reviewer')).toEqual({
      allowed: false,
      refusal: 'The case is closed: only a lead may still record received statements, and must say why.',
    });
  });
});
