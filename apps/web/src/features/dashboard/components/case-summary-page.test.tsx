import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { CaseDetail } from '../../../lib/api-types';
import { aCaseDetail, anAction } from '../../../testing/factories';
import { jsonResponse, renderWithProviders, sentRequests, testUser } from '../../../testing/render';
import { CaseSummaryPage } from './case-summary-page';

/** What the API sends an executive of a restricted case: the summary fields, the details empty. */
const restrictedSummary: CaseDetail = aCaseDetail({
  restricted: true,
  summary: null,
  region: null,
  country: null,
  products: [],
  tags: [],
  leadId: null,
  createdBy: null,
  memberIds: [],
  counts: null,
});

function stubApi(detail: CaseDetail) {
  const fetchMock = vi.fn<typeof fetch>((input) => {
    const url = new URL((input as Request).url);
    if (url.pathname === `/api/v1/cases/${detail.id}`) return Promise.resolve(jsonResponse(200, detail));
    if (url.pathname.endsWith('/actions'))
      return Promise.resolve(jsonResponse(200, { items: [anAction({ status: 'executed' })], nextCursor: null }));
    return Promise.resolve(jsonResponse(200, { items: [], nextCursor: null }));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderSummary(detail: CaseDetail, role: 'executive' | 'lead') {
  return renderWithProviders(
    <Routes>
      <Route path="/cases/:id/summary" element={<CaseSummaryPage />} />
    </Routes>,
    { route: `/cases/${detail.id}/summary`, user: testUser(role) },
  );
}

describe('CaseSummaryPage', () => {
  it("shows an executive a restricted case's summary only, and asks the API for nothing beyond it", async () => {
    const fetchMock = stubApi(restrictedSummary);
    renderSummary(restrictedSummary, 'executive');
    expect(await screen.findByRole('heading', { name: restrictedSummary.title })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Enforcement actions' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Statements' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Allegations' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Key dates' })).toBeNull();
    expect(screen.queryByText('Team')).toBeNull();
    expect(screen.queryByText('Region')).toBeNull();
    const paths = sentRequests(fetchMock).map((request) => new URL(request.url).pathname);
    expect(paths.filter((path) => /\/(allegations|timeline|members)$/.test(path))).toEqual([]);
  });

  it('shows every part of an unrestricted case', async () => {
    const detail = aCaseDetail();
    stubApi(detail);
    renderSummary(detail, 'executive');
    expect(await screen.findByRole('heading', { name: 'Allegations' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Key dates' })).toBeTruthy();
    expect(screen.getByText('Team')).toBeTruthy();
  });

  it("names the case's country instead of printing its code", async () => {
    const detail = aCaseDetail({ region: 'Middle East', country: 'IL' });
    stubApi(detail);
    renderSummary(detail, 'lead');
    const region = (_: string, element: Element | null) =>
      element?.tagName === 'DD' && element.textContent === 'Middle East · Israel';
    expect(await screen.findByText(region)).toBeTruthy();
  });
});
