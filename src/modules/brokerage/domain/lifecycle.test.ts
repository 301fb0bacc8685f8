import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  allowedCaseStages,
  INTEREST_LIFECYCLE,
  isRenewalDue,
  nextState,
  PROFILE_LIFECYCLE,
  profileExpiry,
  profileReference,
  profileReferenceStem,
  REFERRAL_LIFECYCLE,
} from './lifecycle.ts';

describe('profile lifecycle', () => {
  it('goes draft → submitted → validated → published → expired | withdrawn, with returns to draft', () => {
    expect(nextState(PROFILE_LIFECYCLE, 'draft', 'submit')).toBe('submitted');
    expect(nextState(PROFILE_LIFECYCLE, 'submitted', 'validate')).toBe('validated');
    expect(nextState(PROFILE_LIFECYCLE, 'submitted', 'return')).toBe('draft');
    expect(nextState(PROFILE_LIFECYCLE, 'validated', 'return')).toBe('draft');
    expect(nextState(PROFILE_LIFECYCLE, 'validated', 'publish')).toBe('published');
    expect(nextState(PROFILE_LIFECYCLE, 'published', 'expire')).toBe('expired');
    expect(nextState(PROFILE_LIFECYCLE, 'expired', 'renew')).toBe('published');
    expect(nextState(PROFILE_LIFECYCLE, 'published', 'withdraw')).toBe('withdrawn');
  });

  it('refuses skipped and backward steps, and ends at withdrawn', () => {
    expect(nextState(PROFILE_LIFECYCLE, 'draft', 'publish')).toBeNull();
    expect(nextState(PROFILE_LIFECYCLE, 'draft', 'validate')).toBeNull();
    expect(nextState(PROFILE_LIFECYCLE, 'published', 'submit')).toBeNull();
    expect(nextState(PROFILE_LIFECYCLE, 'expired', 'withdraw')).toBeNull();
    expect(allowedActions(PROFILE_LIFECYCLE, 'withdrawn')).toEqual([]);
    expect(allowedActions(PROFILE_LIFECYCLE, 'draft')).toEqual(['submit', 'withdraw']);
  });

  it('expires at the deadline or after 12 months, whichever comes first', () => {
    const published = new Date('2026-03-15T10:00:00Z');
    expect(profileExpiry(published, null).toISOString()).toBe('2027-03-15T10:00:00.000Z');
    expect(profileExpiry(published, '2026-06-30').toISOString()).toBe('2026-06-30T23:59:59.999Z');
    expect(profileExpiry(published, '2028-01-01').toISOString()).toBe('2027-03-15T10:00:00.000Z');
  });

  it('asks for renewal in the last 30 days', () => {
    const expires = new Date('2027-03-15T00:00:00Z');
    expect(isRenewalDue(expires, new Date('2027-02-10T00:00:00Z'))).toBe(false);
    expect(isRenewalDue(expires, new Date('2027-02-14T00:00:00Z'))).toBe(true);
  });

  it('numbers references the EEN way', () => {
    const stem = profileReferenceStem('TR', 'PL', new Date('2026-11-27T12:00:00Z'));
    expect(stem).toBe('TRPL20261127');
    expect(profileReference(stem, 7)).toBe('TRPL20261127007');
  });
});

describe('case pipeline', () => {
  it('moves one stage forward, back to any earlier stage, or to closed', () => {
    expect(allowedCaseStages('intake', null)).toEqual(['diagnosis', 'closed']);
    expect(allowedCaseStages('negotiation', null)).toEqual([
      'intake',
      'diagnosis',
      'partner_search',
      'introduced',
      'agreement',
      'closed',
    ]);
    expect(allowedCaseStages('follow_up', null)).toEqual([
      'intake',
      'diagnosis',
      'partner_search',
      'introduced',
      'negotiation',
      'agreement',
      'closed',
    ]);
  });

  it('reopens a case on hold anywhere; won and lost are final', () => {
    expect(allowedCaseStages('closed', 'on_hold')).toHaveLength(7);
    expect(allowedCaseStages('closed', 'won')).toEqual([]);
    expect(allowedCaseStages('closed', 'lost')).toEqual([]);
  });
});

describe('expressions of interest and referrals', () => {
  it('go sent → accepted | declined, then introduced or closed', () => {
    expect(allowedActions(INTEREST_LIFECYCLE, 'sent')).toEqual(['accept', 'decline']);
    expect(nextState(INTEREST_LIFECYCLE, 'accepted', 'introduce')).toBe('introduced');
    expect(nextState(INTEREST_LIFECYCLE, 'declined', 'introduce')).toBeNull();
    expect(allowedActions(REFERRAL_LIFECYCLE, 'sent')).toEqual(['accept', 'decline']);
    expect(nextState(REFERRAL_LIFECYCLE, 'accepted', 'close')).toBe('closed');
    expect(nextState(REFERRAL_LIFECYCLE, 'declined', 'accept')).toBeNull();
  });
});
