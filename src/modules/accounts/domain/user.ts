export const ROLES = ['admin', 'broker', 'analyst', 'member'] as const;
export type Role = (typeof ROLES)[number];

export const LANGUAGES = ['en', 'pl', 'lv', 'et', 'lt', 'fi', 'de', 'da'] as const;
export type Language = (typeof LANGUAGES)[number];

export const MEMBERSHIP_ROLES = ['manager', 'member'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export type Membership = { organisationId: string; role: MembershipRole };

/** Who is making a request, as every use case and policy sees it. */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  role: Role;
  preferredLanguage: Language;
  memberships: Membership[];
  /** For brokers: the NUTS codes (any level) of the regions they serve; empty for everyone else. */
  brokerRegions: string[];
  via: 'session' | 'token' | 'cli';
};

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}
