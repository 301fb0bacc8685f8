import type { RouteObject } from 'react-router';
import { BrokersPage } from './BrokersPage.tsx';
import { OrganisationImportPage } from './OrganisationImportPage.tsx';
import { PartnershipPage } from './PartnershipPage.tsx';
import { PartnershipsPage } from './PartnershipsPage.tsx';
import { ReferralPage } from './ReferralPage.tsx';
import { ReferralsPage } from './ReferralsPage.tsx';

/** Referrals, partnerships, the broker directory and organisation import (signed-in routes). */
export const networkRoutes: RouteObject[] = [
  { path: 'referrals', element: <ReferralsPage /> },
  { path: 'referrals/:id', element: <ReferralPage /> },
  { path: 'partnerships', element: <PartnershipsPage /> },
  { path: 'partnerships/:id', element: <PartnershipPage /> },
  { path: 'brokers', element: <BrokersPage /> },
  // A static segment outranks organisations/:id in React Router's matching.
  { path: 'organisations/import', element: <OrganisationImportPage /> },
];
