import { describe, expect, it } from 'vitest';
import { testUser } from '../testing/render';
import { permissionTo, rolesThatMay } from './permissions';

describe('permissions', () => {
  it('names the roles that may, from the shared rules', () => {
    expect(rolesThatMay('approve', 'EnforcementAction')).toEqual(['lead']);
    expect(rolesThatMay('approve', 'Statement')).toEqual(['lead', 'executive']);
  });

  it('explains a refusal by role, and hides controls from read-only roles', () => {
    const doing = 'approve enforcement actions';
    expect(permissionTo(testUser('reviewer'), { action: 'approve', type: 'EnforcementAction', doing })).toEqual({
      allowed: false,
      reason: 'Only leads may approve enforcement actions',
      hidden: false,
    });
    expect(permissionTo(testUser('auditor'), { action: 'approve', type: 'EnforcementAction', doing })).toMatchObject({
      allowed: false,
      hidden: true,
    });
  });

  it("explains a refusal by the case's team and restriction", () => {
    const outsider = testUser('reviewer', 'r-9');
    const query = { action: 'create', type: 'Evidence', doing: 'add evidence' } as const;
    expect(permissionTo(outsider, { ...query, scope: { restricted: false, memberIds: ['r-1'] } })).toMatchObject({
      reason: 'Only members of this case may add evidence',
    });
    expect(
      permissionTo(testUser('lead', 'l-9'), { ...query, scope: { restricted: true, memberIds: ['r-1'] } }),
    ).toMatchObject({ reason: 'This case is restricted: only its members may add evidence' });
    expect(permissionTo(outsider, { ...query, scope: { restricted: false, memberIds: ['r-9'] } })).toEqual({
      allowed: true,
    });
  });
});
