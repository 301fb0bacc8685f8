import type { Db } from '../platform/db/client.ts';
import { createOrganisation, createUser, hashPassword } from '../modules/accounts/index.ts';
import { systemClock } from '../platform/clock.ts';
import { DEMO_ACCOUNTS, DEMO_ORGANISATIONS, DEMO_PASSWORD, type DemoAccount } from './demo-data.ts';
import { seedBrokerage, seedClients } from './seed-brokerage.ts';
import { seedStatistics } from './seed-statistics.ts';
import { seedTransS3 } from './seed-trans-s3.ts';

/**
 * Seeds the demo through the same use cases the API uses, in one transaction: either all of the
 * demo is there or none of it. Every row is marked as demo data.
 */
export async function seedDemo(db: Db): Promise<{
  organisations: number;
  users: number;
  datasets: number;
  cases: number;
  profiles: number;
  interests: number;
  referrals: number;
  partnerships: number;
  priorities: number;
}> {
  // One hash for all demo accounts: scrypt is slow on purpose and they share one password.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    const organisationIds = new Map<string, string>();
    for (const { key, ...organisation } of DEMO_ORGANISATIONS) {
      const created = await createOrganisation({ db: tx }, 'system', { ...organisation, isDemo: true });
      organisationIds.set(key, created.id);
    }
    const userIds = new Map<string, string>();
    const addAccount = async (account: DemoAccount) => {
      const { user } = await createUser({ db: tx }, 'system', {
        email: account.email,
        name: account.name,
        role: account.role,
        preferredLanguage: account.language,
        passwordHash,
        isDemo: true,
        organisationId: account.organisationKey ? organisationIds.get(account.organisationKey) : undefined,
        membershipRole: account.membershipRole ?? (account.role === 'broker' ? 'manager' : 'member'),
      });
      userIds.set(account.email, user.id);
    };
    // The partners' people first; then each region's broker registers their clients (and may edit
    // them), and the SME owner joins theirs.
    const isClientAccount = (account: DemoAccount) =>
      account.organisationKey !== undefined &&
      !DEMO_ORGANISATIONS.some((o) => o.key === account.organisationKey);
    for (const account of DEMO_ACCOUNTS.filter((a) => !isClientAccount(a))) await addAccount(account);
    for (const [key, id] of await seedClients(tx, userIds)) organisationIds.set(key, id);
    for (const account of DEMO_ACCOUNTS.filter(isClientAccount)) await addAccount(account);
    const brokerage = await seedBrokerage(tx, systemClock, {
      organisations: organisationIds,
      users: userIds,
    });
    const datasets = await seedStatistics(tx, systemClock);
    const transS3 = await seedTransS3(tx, systemClock, userIds);
    return {
      organisations: organisationIds.size,
      users: DEMO_ACCOUNTS.length,
      datasets,
      ...brokerage,
      ...transS3,
    };
  });
}
