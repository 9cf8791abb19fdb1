import { describe, expect, it } from 'vitest';
import { testUser } from '../testing/render';
import { caseWorkPermission } from './case-work';

const scope = { restricted: false, memberIds: ['lead-1', 'reviewer-1'] };
const addEvidence = { action: 'create', type: 'Evidence', doing: 'add evidence', scope } as const;
const addAllegation = { action: 'create', type: 'Allegation', doing: 'add allegations', scope } as const;

describe('case work permissions', () => {
  it('leaves an open case to the role and team rules', () => {
    expect(
      caseWorkPermission(testUser('reviewer', 'reviewer-1'), 'investigating', 'add_allegation', addAllegation),
    ).toEqual({ permission: { allowed: true }, reasonRequired: false });
  });

  it('refuses new work on a closed or dismissed case, saying how to get it back', () => {
    for (const status of ['closed', 'dismissed'] as const) {
      expect(caseWorkPermission(testUser('lead', 'lead-1'), status, 'add_allegation', addAllegation)).toEqual({
        permission: { allowed: false, reason: `The case is ${status}: reopen it to add allegations`, hidden: false },
        reasonRequired: false,
      });
    }
  });

  it('lets only a lead add evidence to a closed case, with a reason; a dismissed case takes none', () => {
    expect(caseWorkPermission(testUser('lead', 'lead-1'), 'closed', 'add_evidence', addEvidence)).toEqual({
      permission: { allowed: true },
      reasonRequired: true,
    });
    expect(caseWorkPermission(testUser('reviewer', 'reviewer-1'), 'closed', 'add_evidence', addEvidence)).toEqual({
      permission: {
        allowed: false,
        reason: 'The case is closed: only a lead may still add evidence, and must say why',
        hidden: false,
      },
      reasonRequired: false,
    });
    expect(caseWorkPermission(testUser('lead', 'lead-1'), 'dismissed', 'add_evidence', addEvidence)).toMatchObject({
      permission: { allowed: false, reason: 'The case is dismissed: reopen it to add evidence' },
    });
  });

  it('gives the role refusal first, and hides the control from read-only roles', () => {
    expect(caseWorkPermission(testUser('auditor'), 'closed', 'add_evidence', addEvidence)).toMatchObject({
      permission: { allowed: false, hidden: true },
      reasonRequired: false,
    });
    expect(caseWorkPermission(testUser('reviewer', 'outsider'), 'closed', 'add_evidence', addEvidence)).toMatchObject({
      permission: { allowed: false, reason: 'Only members of this case may add evidence' },
    });
  });
});
