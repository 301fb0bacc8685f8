import { sendFollowUpReminders } from './cases.ts';
import type { BrokerageDeps } from './deps.ts';
import { runProfileExpiry } from './profiles.ts';

export type DailyJobsResult = {
  followUpReminders: number;
  expiredProfiles: number;
  renewalReminders: number;
};

/**
 * The brokerage's scheduled work: follow-up reminders and profile expiry with renewal reminders.
 * Idempotent (each reminder is sent once), so the server can run it hourly and cron can run it too.
 */
export async function runDailyJobs(deps: BrokerageDeps): Promise<DailyJobsResult> {
  const followUpReminders = await sendFollowUpReminders(deps);
  const { expired, reminded } = await runProfileExpiry(deps);
  return { followUpReminders, expiredProfiles: expired, renewalReminders: reminded };
}
