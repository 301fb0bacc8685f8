import type { RouteObject } from 'react-router';
import { RouteLoading } from './RouteLoading.tsx';

// Loaded on first visit, not with the app shell.
const page = (load: () => Promise<Record<string, () => React.JSX.Element>>, name: string) => async () => ({
  Component: (await load())[name],
});

const lazyRoute = (path: string, load: Parameters<typeof page>[0], name: string): RouteObject => ({
  path,
  lazy: page(load, name),
  hydrateFallbackElement: <RouteLoading />,
});

/** The broker workspace, cases, referrals, partnerships and broker directory (signed-in routes). */
export const tibsRoutes: RouteObject[] = [
  lazyRoute('brokerage', () => import('./WorkspacePage.tsx'), 'WorkspacePage'),
  lazyRoute('cases', () => import('./CasesPage.tsx'), 'CasesPage'),
  lazyRoute('cases/:id', () => import('./CasePage.tsx'), 'CasePage'),
];
