import type { RouteObject } from 'react-router';

/** The broker workspace, cases, referrals, partnerships and broker directory (signed-in routes). */
export const tibsRoutes: RouteObject[] = [];
