import type { RouteObject } from 'react-router';
import { RouteLoading } from '../tibs/RouteLoading.tsx';

// Loaded on first visit, not with the app shell (the candidate profile brings ECharts).
const page = (load: () => Promise<Record<string, () => React.JSX.Element>>, name: string) => async () => ({
  Component: (await load())[name],
});

const lazyRoute = (path: string, load: Parameters<typeof page>[0], name: string): RouteObject => ({
  path,
  lazy: page(load, name),
  hydrateFallbackElement: <RouteLoading />,
});

/** The Trans-S3 workspace: the priorities register, the region groups and their steps (signed-in routes). */
export const transS3Routes: RouteObject[] = [
  lazyRoute('trans-s3', () => import('./GroupsPage.tsx'), 'GroupsPage'),
  lazyRoute('trans-s3/priorities', () => import('./PrioritiesPage.tsx'), 'PrioritiesPage'),
  lazyRoute('trans-s3/groups/:id', () => import('./GroupPage.tsx'), 'GroupPage'),
  lazyRoute(
    'trans-s3/groups/:id/candidates/:candidateId',
    () => import('./CandidatePage.tsx'),
    'CandidatePage',
  ),
];
