import type { RouteObject } from 'react-router';

/** Cooperation profiles and expressions of interest (signed-in routes). */
export const profileRoutes: RouteObject[] = [];

/** The anonymous public listing of published profiles (no login). */
export const publicProfileRoutes: RouteObject[] = [];
