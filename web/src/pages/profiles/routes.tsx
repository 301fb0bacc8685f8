import type { RouteObject } from 'react-router';
import { InterestsPage } from './InterestsPage.tsx';
import { ProfileEditorPage } from './ProfileEditorPage.tsx';
import { ProfilePage } from './ProfilePage.tsx';
import { ProfileSearchPage } from './ProfileSearchPage.tsx';
import { PublicLayout } from './PublicLayout.tsx';

/** Cooperation profiles and expressions of interest (signed-in routes). */
export const profileRoutes: RouteObject[] = [
  { path: 'profiles', element: <ProfileSearchPage /> },
  { path: 'profiles/new', element: <ProfileEditorPage /> },
  { path: 'profiles/:id', element: <ProfilePage /> },
  { path: 'profiles/:id/edit', element: <ProfileEditorPage /> },
  { path: 'interests', element: <InterestsPage /> },
];

// The public pages (and the country list they bring) load on first visit, not with the app shell.
const publicPage =
  (load: () => Promise<Record<string, () => React.JSX.Element>>, name: string) => async () => ({
    Component: (await load())[name],
  });

/** The anonymous public listing of published profiles (no login, no session request). */
export const publicProfileRoutes: RouteObject[] = [
  {
    path: '/public',
    element: <PublicLayout />,
    children: [
      { path: 'profiles', lazy: publicPage(() => import('./PublicProfilesPage.tsx'), 'PublicProfilesPage') },
      {
        path: 'profiles/:id',
        lazy: publicPage(() => import('./PublicProfilePage.tsx'), 'PublicProfilePage'),
      },
    ],
  },
];
