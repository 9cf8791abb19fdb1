import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../../lib/api-types';
import { milestonesOf, nameOf } from './summary-milestones';

function entry(kind: TimelineEntry['kind'], at: string, actor: [string, string] | null = null): TimelineEntry {
  return {
    id: `${kind}-${at}`,
    at,
    kind,
    title: kind,
    entityType: 'case',
    entityId: 'case-1',
    actorId: actor?.[0] ?? null,
    actorName: actor?.[1] ?? null,
    reason: null,
  };
}

describe('case summary milestones', () => {
  const entries = [
    entry('case.transitioned', '2026-03-05T00:00:00Z', ['u-lead', 'Lena Lead']),
    entry('evidence.collected', '2026-03-02T00:00:00Z'),
    entry('case.opened', '2026-03-01T00:00:00Z', ['u-rev', 'Rafael Reviewer']),
    entry('action.approved', '2026-03-09T00:00:00Z', ['u-lead', 'Lena Lead']),
    entry('task.created', '2026-03-03T00:00:00Z'),
  ];

  it('keeps the story (no evidence or tasks), in date order', () => {
    expect(milestonesOf(entries).entries.map((e) => e.kind)).toEqual([
      'case.opened',
      'case.transitioned',
      'action.approved',
    ]);
  });

  it('keeps the opening and the latest others when there are too many for a page', () => {
    const result = milestonesOf(entries, 2);
    expect(result.omitted).toBe(1);
    expect(result.entries.map((e) => e.kind)).toEqual(['case.opened', 'action.approved']);
  });

  it('finds the lead’s name in the timeline', () => {
    expect(nameOf(entries, 'u-lead')).toBe('Lena Lead');
    expect(nameOf(entries, 'u-nobody')).toBeNull();
    expect(nameOf(entries, null)).toBeNull();
  });
});
