import type { RouteObject } from 'react-router';

/** Referrals, partnerships, the broker directory and organisation import (signed-in routes). */
export const networkRoutes: RouteObject[] = [];
