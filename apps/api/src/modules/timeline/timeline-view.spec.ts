import { abilityFromRules, defineAbilityFor } from '@ethics/authz';
import type { Role } from '@ethics/domain';
import { readableSources, timelineViewFor, visibleDetails } from './timeline-view';

const userId = 'user-1';
const scope = { restricted: false, memberIds: [userId] };
const ability = (role: Role) => defineAbilityFor({ id: userId, role });

describe('timeline view', () => {
  it('decides by the reporter field rules of allegations, not by another permission', () => {
    const contentButNoReporters = abilityFromRules([
      { action: 'read', subject: ['Case', 'Allegation', 'EvidenceContent'] },
      { action: 'read', subject: 'Allegation', fields: ['reporterName', 'reporterContact'], inverted: true },
    ]);
    expect(timelineViewFor(contentButNoReporters, scope)).toBe('summary');
    const reportersButNoContent = abilityFromRules([{ action: 'read', subject: ['Case', 'Allegation'] }]);
    expect(timelineViewFor(reportersButNoContent, scope)).toBe('full');
  });

  it('gives the full view to roles that may read reporters, and a summary to executives', () => {
    expect(timelineViewFor(ability('auditor'), scope)).toBe('full');
    expect(timelineViewFor(ability('lead'), scope)).toBe('full');
    expect(timelineViewFor(ability('reviewer'), scope)).toBe('full');
    expect(timelineViewFor(ability('executive'), scope)).toBe('summary');
  });

  it('leaves out the sources a role may not read', () => {
    expect(readableSources(ability('auditor'), scope)).toHaveLength(8);
    expect(readableSources(ability('executive'), scope)).not.toContain('tasks');
    expect(readableSources(ability('executive'), scope)).toContain('evidence');
    expect(readableSources(ability('admin'), scope)).toEqual([]);
  });

  it('keeps only allow-listed details in the summary view', () => {
    const details = { title: 'Contract', kind: 'contract', originalFilename: 'x.pdf', sha256: 'ab' };
    expect(visibleDetails('evidence.collected', details, 'summary')).toEqual({ title: 'Contract', kind: 'contract' });
    expect(visibleDetails('evidence.collected', details, 'full')).toEqual(details);
    const allegation = { sourceType: 'ngo', reporterName: 'A', reporterContact: 'a@x' };
    expect(visibleDetails('allegation.received', allegation, 'summary')).toEqual({ sourceType: 'ngo' });
  });
});
