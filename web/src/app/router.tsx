import { createBrowserRouter } from 'react-router';
import { AccountPage } from '../pages/AccountPage.tsx';
import { AdminAuditPage } from '../pages/AdminAuditPage.tsx';
import { AdminOutboxPage } from '../pages/AdminOutboxPage.tsx';
import { AdminUsersPage } from '../pages/AdminUsersPage.tsx';
import { DashboardPage } from '../pages/DashboardPage.tsx';
import { InvitationPage } from '../pages/InvitationPage.tsx';
import { LoginPage } from '../pages/LoginPage.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { OrganisationPage } from '../pages/OrganisationPage.tsx';
import { OrganisationsPage } from '../pages/OrganisationsPage.tsx';
import { profileRoutes, publicProfileRoutes } from '../pages/profiles/routes.tsx';
import { networkRoutes } from '../pages/network/routes.tsx';
import { tibsRoutes } from '../pages/tibs/routes.tsx';
import { transS3Routes } from '../pages/trans-s3/routes.tsx';
import { AppLayout } from './AppLayout.tsx';
import { RequireAdmin } from './RequireAdmin.tsx';
import { RequireSession } from './RequireSession.tsx';
import { RootLayout } from './RootLayout.tsx';
import { RouteError } from './RouteError.tsx';

// The S3 pages (and ECharts with them) load on first visit, not with the app shell.
const s3Page = (load: () => Promise<Record<string, () => React.JSX.Element>>, name: string) => async () => ({
  Component: (await load())[name],
});

export const router = createBrowserRouter([
  {
    element: <RootLayout />,
    errorElement: <RouteError />,
    children: [
      { path: '/login', element: <LoginPage /> },
      { path: '/invite/:token', element: <InvitationPage /> },
      ...publicProfileRoutes,
      {
        element: (
          <RequireSession>
            <AppLayout />
          </RequireSession>
        ),
        children: [
          { index: true, element: <DashboardPage /> },
          { path: 'organisations', element: <OrganisationsPage /> },
          { path: 'organisations/:id', element: <OrganisationPage /> },
          { path: 's3', lazy: s3Page(() => import('../pages/s3/DatasetsPage.tsx'), 'DatasetsPage') },
          { path: 's3/datasets/:id', lazy: s3Page(() => import('../pages/s3/DatasetPage.tsx'), 'DatasetPage') },
          { path: 's3/datasets/:id/regions', lazy: s3Page(() => import('../pages/s3/RegionProfilePage.tsx'), 'RegionProfilePage') },
          { path: 's3/datasets/:id/regions/:region', lazy: s3Page(() => import('../pages/s3/RegionProfilePage.tsx'), 'RegionProfilePage') },
          { path: 's3/datasets/:id/compare', lazy: s3Page(() => import('../pages/s3/ComparePage.tsx'), 'ComparePage') },
          { path: 's3/datasets/:id/space', lazy: s3Page(() => import('../pages/s3/ActivitySpacePage.tsx'), 'ActivitySpacePage') },
          ...transS3Routes,
          ...tibsRoutes,
          ...profileRoutes,
          ...networkRoutes,
          { path: 'account', element: <AccountPage /> },
          {
            path: 'admin',
            element: <RequireAdmin />,
            children: [
              { path: 'users', element: <AdminUsersPage /> },
              { path: 'outbox', element: <AdminOutboxPage /> },
              { path: 'audit', element: <AdminAuditPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
