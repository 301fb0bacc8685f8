import type { CaseOutcome, CaseStage, InterestStatus, ProfileStatus, ReferralStatus } from './codes.ts';
import { CASE_STAGES } from './codes.ts';

/** A state machine: for each state, the actions allowed there and the state each leads to. */
export type Machine<State extends string, Action extends string> = Record<
  State,
  Partial<Record<Action, State>>
>;

export function allowedActions<State extends string, Action extends string>(
  machine: Machine<State, Action>,
  from: State,
): Action[] {
  return Object.keys(machine[from]) as Action[];
}

export function nextState<State extends string, Action extends string>(
  machine: Machine<State, Action>,
  from: State,
  action: Action,
): State | null {
  return machine[from][action] ?? null;
}

export const PROFILE_ACTIONS = [
  'submit',
  'validate',
  'return',
  'publish',
  'withdraw',
  'expire',
  'renew',
] as const;
export type ProfileAction = (typeof PROFILE_ACTIONS)[number];

/** draft → submitted → validated (a broker of the owner's region; or back to draft with comments) → published → expired | withdrawn. */
export const PROFILE_LIFECYCLE: Machine<ProfileStatus, ProfileAction> = {
  draft: { submit: 'submitted', withdraw: 'withdrawn' },
  submitted: { validate: 'validated', return: 'draft', withdraw: 'withdrawn' },
  validated: { publish: 'published', return: 'draft', withdraw: 'withdrawn' },
  published: { withdraw: 'withdrawn', expire: 'expired', renew: 'published' },
  expired: { renew: 'published' },
  withdrawn: {},
};

export type InterestAction = 'accept' | 'decline' | 'introduce';
export const INTEREST_LIFECYCLE: Machine<InterestStatus, InterestAction> = {
  sent: { accept: 'accepted', decline: 'declined' },
  accepted: { introduce: 'introduced' },
  declined: {},
  introduced: {},
};

export type ReferralAction = 'accept' | 'decline' | 'close';
export const REFERRAL_LIFECYCLE: Machine<ReferralStatus, ReferralAction> = {
  sent: { accept: 'accepted', decline: 'declined' },
  accepted: { close: 'closed' },
  declined: {},
  closed: {},
};

const OPEN_STAGES = CASE_STAGES.filter((stage) => stage !== 'closed');

/**
 * Where a case may move from its stage: one step forward, back to any earlier stage, or closed.
 * A case closed on hold may be reopened at any stage; won and lost are final.
 */
export function allowedCaseStages(stage: CaseStage, outcome: CaseOutcome | null): CaseStage[] {
  if (stage === 'closed') return outcome === 'on_hold' ? [...OPEN_STAGES] : [];
  const index = CASE_STAGES.indexOf(stage);
  const next = CASE_STAGES[index + 1];
  const stages = new Set<CaseStage>([...CASE_STAGES.slice(0, index), ...(next ? [next] : []), 'closed']);
  return CASE_STAGES.filter((s) => stages.has(s));
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A published profile expires at its deadline (end of that day, UTC) or 12 months after publication, whichever is first. */
export function profileExpiry(publishedAt: Date, deadline: string | null): Date {
  const twelveMonths = new Date(publishedAt);
  twelveMonths.setUTCFullYear(twelveMonths.getUTCFullYear() + 1);
  if (!deadline) return twelveMonths;
  const deadlineEnd = new Date(`${deadline}T23:59:59.999Z`);
  return deadlineEnd < twelveMonths ? deadlineEnd : twelveMonths;
}

/** Owners are reminded to renew this many days before a profile expires. */
export const RENEWAL_REMINDER_DAYS = 30;

export function isRenewalDue(expiresAt: Date, now: Date): boolean {
  return expiresAt.getTime() - now.getTime() <= RENEWAL_REMINDER_DAYS * DAY_MS;
}

/** The calendar date (UTC) of an instant, as YYYY-MM-DD. */
export function isoDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return isoDate(new Date(new Date(`${day}T00:00:00Z`).getTime() + days * DAY_MS));
}

/** EEN-style reference: type prefix, country and date (TOPL20261127), then the day's three-digit sequence (001). */
export function profileReferenceStem(typePrefix: string, countryCode: string, at: Date): string {
  return `${typePrefix}${countryCode}${isoDate(at).replaceAll('-', '')}`;
}

export function profileReference(stem: string, sequence: number): string {
  return `${stem}${String(sequence).padStart(3, '0')}`;
}
