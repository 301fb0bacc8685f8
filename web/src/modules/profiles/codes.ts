import type { MantineColor } from '@mantine/core';
import {
  DEVELOPMENT_STAGES,
  INTEREST_STATUSES,
  IPR_STATUSES,
  PARTNERSHIP_TYPES,
  PROFILE_ACTIONS,
  PROFILE_STATUSES,
  PROFILE_TYPES,
} from '../../../../src/modules/brokerage/contract.ts';

export {
  DEVELOPMENT_STAGES,
  INTEREST_STATUSES,
  IPR_STATUSES,
  PARTNERSHIP_TYPES,
  PROFILE_ACTIONS,
  PROFILE_STATUSES,
  PROFILE_TYPES,
};

export type ProfileType = (typeof PROFILE_TYPES)[number];
export type ProfileStatus = (typeof PROFILE_STATUSES)[number];
export type ProfileAction = (typeof PROFILE_ACTIONS)[number];
export type DevelopmentStage = (typeof DEVELOPMENT_STAGES)[number];
export type IprStatus = (typeof IPR_STATUSES)[number];
export type PartnershipType = (typeof PARTNERSHIP_TYPES)[number];
export type InterestStatus = (typeof INTEREST_STATUSES)[number];
export type InterestAction = 'accept' | 'decline' | 'introduce';

export const PROFILE_SCOPES = ['all', 'mine', 'to_validate'] as const;
export type ProfileScope = (typeof PROFILE_SCOPES)[number];

const isOneOf =
  <T extends string>(list: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (list as readonly string[]).includes(value);

export const isProfileType = isOneOf(PROFILE_TYPES);
export const isProfileStatus = isOneOf(PROFILE_STATUSES);
export const isDevelopmentStage = isOneOf(DEVELOPMENT_STAGES);
export const isIprStatus = isOneOf(IPR_STATUSES);
export const isPartnershipType = isOneOf(PARTNERSHIP_TYPES);
export const isInterestStatus = isOneOf(INTEREST_STATUSES);
export const isProfileScope = isOneOf(PROFILE_SCOPES);

/** Each status has a colour and a label: the label carries the meaning, the colour only helps. */
export const PROFILE_STATUS_COLORS: Record<ProfileStatus, MantineColor> = {
  draft: 'gray',
  submitted: 'yellow',
  validated: 'cyan',
  published: 'green',
  expired: 'orange',
  withdrawn: 'red',
};

export const INTEREST_STATUS_COLORS: Record<InterestStatus, MantineColor> = {
  sent: 'blue',
  accepted: 'green',
  declined: 'red',
  introduced: 'teal',
};

export const PROFILE_TYPE_COLORS: Record<ProfileType, MantineColor> = {
  business_offer: 'blue',
  business_request: 'indigo',
  technology_offer: 'teal',
  technology_request: 'green',
  rd_partner_search: 'grape',
};

/**
 * The lifecycle actions a person triggers from the profile page, in the order the buttons show;
 * `expire` is the platform's own (at the deadline) and gets no button.
 */
export const MANUAL_PROFILE_ACTIONS = [
  'submit',
  'validate',
  'publish',
  'renew',
  'return',
  'withdraw',
] as const satisfies readonly ProfileAction[];
export type ManualProfileAction = (typeof MANUAL_PROFILE_ACTIONS)[number];
