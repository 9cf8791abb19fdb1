import { lazy } from 'react';
import { may, type AppRoute } from './app-route';

// Each page is its own chunk: the first paint only downloads the shell and the page it shows.
const QueuePage = lazy(() => import('./queue-page').then((m) => ({ default: m.QueuePage })));
const TeamQueuePage = lazy(() => import('./team-queue-page').then((m) => ({ default: m.TeamQueuePage })));
const ApprovalsPage = lazy(() => import('./approvals-page').then((m) => ({ default: m.ApprovalsPage })));
const CasesPage = lazy(() => import('./cases-page').then((m) => ({ default: m.CasesPage })));
const CaseWorkspacePage = lazy(() =>
  import('./case-workspace/case-workspace-page').then((m) => ({ default: m.CaseWorkspacePage })),
);
const SubjectsPage = lazy(() => import('./subjects-page').then((m) => ({ default: m.SubjectsPage })));
const SubjectPage = lazy(() => import('./subject-page').then((m) => ({ default: m.SubjectPage })));

const worksOnCases: AppRoute['allowed'] = ({ user }) => user.role === 'reviewer' || user.role === 'lead';

/** The pages of case work: queues, approvals, cases and subjects. */
export const coreRoutes: AppRoute[] = [
  {
    path: 'queue',
    page: QueuePage,
    nav: { label: 'My queue', order: 10 },
    allowed: worksOnCases,
    homeFor: ['reviewer', 'lead'],
  },
  {
    path: 'team',
    page: TeamQueuePage,
    nav: { label: 'Team queue', order: 20 },
    allowed: ({ user }) => user.role === 'lead',
  },
  {
    path: 'approvals',
    page: ApprovalsPage,
    nav: { label: 'Approvals', order: 30 },
    allowed: may('approve', 'EnforcementAction'),
  },
  { path: 'cases', page: CasesPage, nav: { label: 'Cases', order: 40 }, allowed: may('read', 'Case') },
  { path: 'cases/:caseId', page: CaseWorkspacePage, allowed: may('read', 'Case') },
  { path: 'subjects', page: SubjectsPage, nav: { label: 'Subjects', order: 50 }, allowed: may('read', 'Subject') },
  { path: 'subjects/:subjectId', page: SubjectPage, allowed: may('read', 'Subject') },
];
