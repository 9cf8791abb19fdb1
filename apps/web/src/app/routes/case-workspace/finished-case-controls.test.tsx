import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ActionsPanel } from '../../../features/actions/components/actions-panel';
import { AllegationsPanel } from '../../../features/cases/components/allegations-panel';
import { EvidencePanel } from '../../../features/evidence/components/evidence-panel';
import { ReviewPanel } from '../../../features/review/components/review-panel';
import { disabledReason } from '../../../testing/disabled-reason';
import { aCaseDetail } from '../../../testing/factories';
import { jsonResponse, renderWithProviders, testUser } from '../../../testing/render';

const allegation = { value: 'allegation-1', label: 'Allegation 1: Mass surveillance', short: 'Allegation 1' };
const lead = testUser('lead', 'lead-1');
const reviewer = testUser('reviewer', 'reviewer-1');

describe('the case workspace on a finished case', () => {
  beforeEach(() => {
    vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockResolvedValue(jsonResponse(200, { items: [], nextCursor: null })));
  });

  it.each(['closed', 'dismissed'] as const)(
    'disables adding allegations, tasks, findings and actions on a %s case',
    (status) => {
      const detail = aCaseDetail({ status });
      const reopen = (doing: string) => `The case is ${status}: reopen it to ${doing}`;

      const allegations = renderWithProviders(<AllegationsPanel detail={detail} />, { user: lead });
      expect(disabledReason('Add allegation')).toBe(reopen('add allegations'));
      allegations.unmount();

      const review = renderWithProviders(<ReviewPanel detail={detail} allegations={[allegation]} evidence={[]} />, {
        user: lead,
      });
      expect(disabledReason('Add task')).toBe(reopen('add tasks'));
      expect(disabledReason('Record finding')).toBe(reopen('record findings'));
      review.unmount();

      renderWithProviders(<ActionsPanel detail={detail} findings={[]} />, { user: lead });
      expect(disabledReason('Propose action')).toBe(reopen('propose enforcement actions'));
    },
  );

  it('leaves evidence to a lead on a closed case, and to nobody on a dismissed one', () => {
    const closed = renderWithProviders(
      <EvidencePanel detail={aCaseDetail({ status: 'closed' })} allegations={[allegation]} />,
      { user: lead },
    );
    expect(disabledReason('Upload evidence')).toBeNull();
    expect(disabledReason('Record without file')).toBeNull();
    closed.unmount();

    const byReviewer = renderWithProviders(
      <EvidencePanel detail={aCaseDetail({ status: 'closed' })} allegations={[allegation]} />,
      { user: reviewer },
    );
    expect(disabledReason('Upload evidence')).toBe(
      'The case is closed: only a lead may still add evidence, and must say why',
    );
    byReviewer.unmount();

    renderWithProviders(<EvidencePanel detail={aCaseDetail({ status: 'dismissed' })} allegations={[allegation]} />, {
      user: lead,
    });
    expect(disabledReason('Upload evidence')).toBe('The case is dismissed: reopen it to add evidence');
    expect(screen.getAllByText(/reopen it to add evidence/).length).toBeGreaterThan(0);
  });
});
