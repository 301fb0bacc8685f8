import type { TCaseResponse } from '../../../../src/modules/brokerage/contract.ts';

const pad = (value: number) => String(value).padStart(2, '0');

/** Today in the user's time zone, as YYYY-MM-DD (the API's date format). */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export type FollowUpState = 'overdue' | 'today' | 'upcoming' | 'none';

/** Where an open case's next follow-up stands; closed cases have none to do. */
export function followUpState(
  item: Pick<TCaseResponse, 'nextFollowUpOn' | 'stage'>,
  today = todayIso(),
): FollowUpState {
  if (!item.nextFollowUpOn || item.stage === 'closed') return 'none';
  if (item.nextFollowUpOn < today) return 'overdue';
  if (item.nextFollowUpOn === today) return 'today';
  return 'upcoming';
}
