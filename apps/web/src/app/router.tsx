import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layouts/app-layout';
import { PageLoader } from './layouts/page-loader';
import { appRoutes } from './routes/app-routes';
import { HomeRedirect } from './routes/home-redirect';
import { RequireAuth } from './routes/require-auth';
import { RouteError } from './routes/route-error';
import { RoutePage } from './routes/route-page';

const SignInPage = lazy(() => import('./routes/sign-in-page').then((m) => ({ default: m.SignInPage })));
const NotFoundPage = lazy(() => import('./routes/not-found-page').then((m) => ({ default: m.NotFoundPage })));

/**
 * The signed-in pages come from the registry (`routes/core-routes.tsx` and
 * `routes/extra-routes.tsx`), so adding a page never means editing this file.
 */
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
      { index: true, element: <HomeRedirect /> },
      ...appRoutes.map((route) => ({ path: route.path, element: <RoutePage route={route} /> })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
