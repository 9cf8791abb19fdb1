import { describe, expect, it } from 'vitest';
import { aStatement } from '../../../testing/factories';
import { testUser } from '../../../testing/render';
import { OWN_PUBLIC_STATEMENT, statementCommandPermission, statementCommandsFrom } from './statement-permissions';

const scope = { restricted: false, memberIds: ['lead-1', 'lead-2', 'reviewer-1'] };

describe('statement permissions', () => {
  it('follows the statement lifecycle', () => {
    expect(statementCommandsFrom('draft')).toEqual(['submit']);
    expect(statementCommandsFrom('in_review')).toEqual(['approve']);
    expect(statementCommandsFrom('approved')).toEqual(['publish']);
    expect(statementCommandsFrom('published')).toEqual([]);
    expect(statementCommandsFrom('received')).toEqual([]);
  });

  it('needs an approver other than the author for public and press statements only', () => {
    const author = testUser('lead', 'lead-1');
    expect(statementCommandPermission(author, aStatement({ audience: 'press' }), 'approve', scope)).toMatchObject({
      allowed: false,
      reason: OWN_PUBLIC_STATEMENT,
    });
    expect(statementCommandPermission(author, aStatement({ audience: 'employees' }), 'approve', scope)).toEqual({
      allowed: true,
    });
    expect(
      statementCommandPermission(testUser('executive', 'exec-1'), aStatement({ audience: 'press' }), 'approve', scope),
    ).toEqual({ allowed: true });
    expect(
      statementCommandPermission(testUser('reviewer', 'reviewer-1'), aStatement(), 'approve', scope),
    ).toMatchObject({ reason: 'Only leads and executives may approve statements' });
  });
});
