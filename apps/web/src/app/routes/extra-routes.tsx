import { lazy } from 'react';
import { may, type AppRoute } from './app-route';

/**
 * Pages that other features add to the signed-in app (the executive dashboard, the auditor's
 * screens, the admin screens). This array is the only place they need to touch: the router mounts
 * every entry under the signed-in layout, the header shows its `nav` entry to the people it is
 * `allowed` for, and `homeFor` makes it the landing page of those roles. See `AppRoute` for the
 * fields. Each page must be lazy so it stays out of the first download.
 */

const OutcomesDashboardPage = lazy(() =>
  import('../../features/dashboard/components/outcomes-dashboard-page').then((m) => ({
    default: m.OutcomesDashboardPage,
  })),
);
const CaseSummaryPage = lazy(() =>
  import('../../features/dashboard/components/case-summary-page').then((m) => ({ default: m.CaseSummaryPage })),
);
const AuditLogPage = lazy(() =>
  import('../../features/audit/components/audit-log-page').then((m) => ({ default: m.AuditLogPage })),
);
const ActionHistoryPage = lazy(() =>
  import('../../features/audit/components/action-history-page').then((m) => ({ default: m.ActionHistoryPage })),
);
const ChainVerificationPage = lazy(() =>
  import('../../features/audit/components/chain-verification-page').then((m) => ({
    default: m.ChainVerificationPage,
  })),
);
const UsersPage = lazy(() =>
  import('../../features/admin/components/users-page').then((m) => ({ default: m.UsersPage })),
);
const PoliciesPage = lazy(() =>
  import('../../features/admin/components/policies-page').then((m) => ({ default: m.PoliciesPage })),
);
const PolicyDetailPage = lazy(() =>
  import('../../features/admin/components/policy-detail-page').then((m) => ({ default: m.PolicyDetailPage })),
);

export const extraRoutes: AppRoute[] = [
  // Executive
  {
    path: 'dashboard',
    page: OutcomesDashboardPage,
    nav: { label: 'Outcomes', order: 5 },
    allowed: may('read', 'Metrics'),
    homeFor: ['executive'],
  },
  {
    // Anyone who may read the case (the API answers 404 otherwise); executives reach it from the dashboard.
    path: 'cases/:id/summary',
    page: CaseSummaryPage,
    allowed: may('read', 'Case'),
  },
  // Auditor
  {
    path: 'audit/events',
    page: AuditLogPage,
    nav: { label: 'Audit log', order: 60 },
    allowed: may('read', 'AuditEvent'),
    homeFor: ['auditor'],
  },
  {
    path: 'audit/actions',
    page: ActionHistoryPage,
    nav: { label: 'Action history', order: 61 },
    allowed: may('read', 'AuditEvent'),
  },
  {
    path: 'audit/verify',
    page: ChainVerificationPage,
    nav: { label: 'Verify chain', order: 62 },
    allowed: may('verify', 'AuditEvent'),
  },
  // Admin
  {
    path: 'admin/users',
    page: UsersPage,
    nav: { label: 'Users', order: 70 },
    allowed: may('create', 'User'),
    homeFor: ['admin'],
  },
  {
    path: 'admin/policies',
    page: PoliciesPage,
    nav: { label: 'Policies', order: 71 },
    allowed: may('create', 'Policy'),
  },
  { path: 'admin/policies/:id', page: PolicyDetailPage, allowed: may('create', 'Policy') },
];
