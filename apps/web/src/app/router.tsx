import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { AppLayout } from './layouts/app-layout';
import { PageLoader } from './layouts/page-loader';
import { RequireAuth } from './routes/require-auth';
import { RouteError } from './routes/route-error';

// Each page is its own chunk: the first paint only downloads the shell and the page it shows.
const SignInPage = lazy(() => import('./routes/sign-in-page').then((m) => ({ default: m.SignInPage })));
const CasesPage = lazy(() => import('./routes/cases-page').then((m) => ({ default: m.CasesPage })));
const NotFoundPage = lazy(() => import('./routes/not-found-page').then((m) => ({ default: m.NotFoundPage })));

export const router = createBrowserRouter([
  {
    path: '/sign-in',
    errorElement: <RouteError />,
    element: (
      <Suspense fallback={<PageLoader />}>
        <SignInPage />
      </Suspense>
    ),
  },
  {
    path: '/',
    errorElement: <RouteError />,
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <Navigate to="/cases" replace /> },
      { path: 'cases', element: <CasesPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
