import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { disabledReason } from '../../../testing/disabled-reason';
import { aCaseDetail } from '../../../testing/factories';
import { jsonResponse, renderWithProviders, testUser } from '../../../testing/render';
import { StatementsPanel } from './statements-panel';

function stubApi() {
  vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockResolvedValue(jsonResponse(200, { items: [], nextCursor: null })));
}

describe('StatementsPanel on a finished case', () => {
  it('disables drafting on a closed case, saying how to get it back', async () => {
    stubApi();
    renderWithProviders(<StatementsPanel detail={aCaseDetail({ status: 'closed' })} />, {
      user: testUser('lead', 'lead-1'),
    });
    expect(await screen.findByText('Nothing said yet')).toBeTruthy();
    expect(disabledReason('Draft statement')).toBe('The case is closed: reopen it to draft statements');
  });

  it('lets a lead record a received statement on a closed case, asking for a reason', async () => {
    stubApi();
    renderWithProviders(<StatementsPanel detail={aCaseDetail({ status: 'closed' })} />, {
      user: testUser('lead', 'lead-1'),
      route: '/?direction=received',
    });
    expect(disabledReason('Record received statement')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Record received statement' }));
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog)
        .getByLabelText(/^reason for adding to a closed case/i)
        .hasAttribute('required'),
    ).toBe(true);
  });

  it('tells a reviewer that only a lead may still record what was said', () => {
    stubApi();
    renderWithProviders(<StatementsPanel detail={aCaseDetail({ status: 'closed' })} />, {
      user: testUser('reviewer', 'reviewer-1'),
      route: '/?direction=received',
    });
    expect(disabledReason('Record received statement')).toBe(
      'The case is closed: only a lead may still record received statements, and must say why',
    );
  });

  it('takes nothing on a dismissed case', () => {
    stubApi();
    renderWithProviders(<StatementsPanel detail={aCaseDetail({ status: 'dismissed' })} />, {
      user: testUser('lead', 'lead-1'),
      route: '/?direction=received',
    });
    expect(disabledReason('Record received statement')).toBe(
      'The case is dismissed: reopen it to record received statements',
    );
  });
});
