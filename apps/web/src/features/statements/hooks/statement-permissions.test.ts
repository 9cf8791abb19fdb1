import { describe, expect, it } from 'vitest';
import { aStatement } from '../../../testing/factories';
import { testUser } from '../../../testing/render';
import {
  EDITED_PUBLIC_STATEMENT,
  OWN_PUBLIC_STATEMENT,
  statementCommandPermission,
  statementCommandsFrom,
} from './statement-permissions';

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

  it('bars whoever edited a public statement from approving it too', () => {
    const edited = aStatement({ audience: 'public', authorId: 'reviewer-1', editorIds: ['lead-1'] });
    expect(statementCommandPermission(testUser('lead', 'lead-1'), edited, 'approve', scope)).toMatchObject({
      allowed: false,
      reason: EDITED_PUBLIC_STATEMENT,
    });
    expect(statementCommandPermission(testUser('lead', 'lead-2'), edited, 'approve', scope)).toEqual({ allowed: true });
    expect(
      statementCommandPermission(testUser('lead', 'lead-1'), { ...edited, audience: 'internal' }, 'approve', scope),
    ).toEqual({ allowed: true });
  });
});
