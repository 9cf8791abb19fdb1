import { describe, expect, it } from 'vitest';
import { toActionHistoryFilters, listParam } from './use-action-filters';
import { toAuditEventFilters } from './use-audit-filters';
import { dateParam, uuidParam } from './url-filters';

describe('filters from the URL', () => {
  it('turns calendar days into the API’s range, "to" including its whole day', () => {
    const filters = toAuditEventFilters({ action: 'case.*', from: '2026-03-01', to: '2026-03-31' });
    expect(filters.action).toBe('case.*');
    expect(filters.from).toBe(new Date('2026-03-01T00:00:00').toISOString());
    expect(filters.to).toBe(new Date('2026-04-01T00:00:00').toISOString());
    expect(filters.caseId).toBeUndefined();
  });

  it('drops malformed values instead of sending them', () => {
    expect(dateParam('2026-13-45')).toBeUndefined();
    expect(dateParam('yesterday')).toBeUndefined();
    expect(uuidParam('not-a-uuid')).toBeUndefined();
    expect(uuidParam('0F8FAD5B-D9CB-469F-A165-70867728950E')).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
  });

  it('keeps only known action types and statuses, in the vocabulary’s order', () => {
    expect(listParam(['proposed', 'approved', 'executed'], 'executed,bogus,proposed')).toEqual([
      'proposed',
      'executed',
    ]);
    expect(
      toActionHistoryFilters({ type: [], status: ['executed'], subjectId: undefined, from: undefined, to: undefined }),
    ).toEqual({ type: undefined, status: ['executed'], subjectId: undefined, from: undefined, to: undefined });
  });

  it('narrows the action history to one case', () => {
    const caseId = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(toActionHistoryFilters({ type: [], status: [], caseId })).toMatchObject({ caseId });
  });
});
