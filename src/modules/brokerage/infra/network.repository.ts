import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import {
  interests,
  organisationContacts,
  partnershipParties,
  partnerships,
  profiles,
  referralCandidates,
  referralMessages,
  referrals,
} from './brokerage.tables.ts';
import { organisations } from '../../accounts/index.ts';

export type InterestRow = typeof interests.$inferSelect;
export type ReferralRow = typeof referrals.$inferSelect;
export type PartnershipRow = typeof partnerships.$inferSelect;
export type ContactRow = typeof organisationContacts.$inferSelect;

async function insertOne<T>(rows: Promise<T[]>, table: string): Promise<T> {
  const [row] = await rows;
  if (!row) throw new Error(`insert into ${table} returned no row`);
  return row;
}

export function createInterestsRepository(db: Db) {
  return {
    insert: (row: typeof interests.$inferInsert) =>
      insertOne(db.insert(interests).values(row).returning(), 'interests'),
    async findById(id: string) {
      return (await db.select().from(interests).where(eq(interests.id, id)))[0];
    },
    async update(id: string, changes: Partial<InterestRow>) {
      return insertOne(
        db.update(interests).set(changes).where(eq(interests.id, id)).returning(),
        'interests',
      );
    },
    async openFromOrganisation(profileId: string, organisationId: string) {
      return (
        await db
          .select({ id: interests.id })
          .from(interests)
          .where(
            and(
              eq(interests.profileId, profileId),
              eq(interests.fromOrganisationId, organisationId),
              inArray(interests.status, ['sent', 'accepted']),
            ),
          )
      )[0];
    },
    /** `condition` is on interests joined with their profile (as `profiles`). */
    async list(condition: SQL | undefined, page: { limit: number; offset: number }) {
      const rows = await db
        .select({ interest: interests, profile: profiles })
        .from(interests)
        .innerJoin(profiles, eq(profiles.id, interests.profileId))
        .where(condition)
        .orderBy(desc(interests.createdAt), desc(interests.id))
        .limit(page.limit)
        .offset(page.offset);
      const [total] = await db
        .select({ value: count() })
        .from(interests)
        .innerJoin(profiles, eq(profiles.id, interests.profileId))
        .where(condition);
      return { rows, total: total?.value ?? 0 };
    },
  };
}

export function createContactsRepository(db: Db) {
  return {
    async list(organisationIds: string[], isConsentingOnly: boolean): Promise<ContactRow[]> {
      if (organisationIds.length === 0) return [];
      return db
        .select()
        .from(organisationContacts)
        .where(
          and(
            inArray(organisationContacts.organisationId, organisationIds),
            isConsentingOnly ? eq(organisationContacts.consentToShare, true) : undefined,
          ),
        )
        .orderBy(asc(organisationContacts.createdAt), asc(organisationContacts.name));
    },
    async replace(organisationId: string, contacts: (typeof organisationContacts.$inferInsert)[]) {
      await db.delete(organisationContacts).where(eq(organisationContacts.organisationId, organisationId));
      if (contacts.length > 0) await db.insert(organisationContacts).values(contacts);
    },
    /** Whether an accepted (or introduced) EOI links the two organisations, in either direction. */
    async haveAcceptedInterest(organisationIds: string[], otherOrganisationId: string): Promise<boolean> {
      if (organisationIds.length === 0) return false;
      const rows = await db
        .select({ id: interests.id })
        .from(interests)
        .innerJoin(profiles, eq(profiles.id, interests.profileId))
        .where(
          and(
            inArray(interests.status, ['accepted', 'introduced']),
            or(
              and(
                inArray(interests.fromOrganisationId, organisationIds),
                eq(profiles.organisationId, otherOrganisationId),
              ),
              and(
                eq(interests.fromOrganisationId, otherOrganisationId),
                inArray(profiles.organisationId, organisationIds),
              ),
            ),
          ),
        )
        .limit(1);
      return rows.length > 0;
    },
  };
}

export function createReferralsRepository(db: Db) {
  // Spelled out: Drizzle leaves columns in a select list unqualified, which a subquery would misread.
  const counts = {
    messageCount: sql<number>`(select count(*)::int from referral_messages m where m.referral_id = "referrals"."id")`,
    candidateCount: sql<number>`(select count(*)::int from referral_candidates c where c.referral_id = "referrals"."id")`,
  };
  return {
    insert: (row: typeof referrals.$inferInsert) =>
      insertOne(db.insert(referrals).values(row).returning(), 'referrals'),
    async findById(id: string) {
      return (
        await db
          .select({ referral: referrals, ...counts })
          .from(referrals)
          .where(eq(referrals.id, id))
      )[0];
    },
    async update(id: string, changes: Partial<ReferralRow>) {
      await db.update(referrals).set(changes).where(eq(referrals.id, id));
    },
    async list(condition: SQL | undefined, page: { limit: number; offset: number }) {
      const rows = await db
        .select({ referral: referrals, ...counts })
        .from(referrals)
        .where(condition)
        .orderBy(desc(referrals.createdAt), desc(referrals.id))
        .limit(page.limit)
        .offset(page.offset);
      const [total] = await db.select({ value: count() }).from(referrals).where(condition);
      return { rows, total: total?.value ?? 0 };
    },
    messages: (referralId: string) =>
      db
        .select()
        .from(referralMessages)
        .where(eq(referralMessages.referralId, referralId))
        .orderBy(asc(referralMessages.createdAt)),
    addMessage: async (row: typeof referralMessages.$inferInsert) => {
      await db.insert(referralMessages).values(row);
    },
    candidates: (referralId: string) =>
      db
        .select()
        .from(referralCandidates)
        .where(eq(referralCandidates.referralId, referralId))
        .orderBy(asc(referralCandidates.createdAt)),
    /** Adds or updates the note of a proposed organisation. */
    addCandidate: async (row: typeof referralCandidates.$inferInsert) => {
      await db
        .insert(referralCandidates)
        .values(row)
        .onConflictDoUpdate({
          target: [referralCandidates.referralId, referralCandidates.organisationId],
          set: { note: row.note ?? '' },
        });
    },
  };
}

export function createPartnershipsRepository(db: Db) {
  return {
    insert: (row: typeof partnerships.$inferInsert) =>
      insertOne(db.insert(partnerships).values(row).returning(), 'partnerships'),
    async addParties(partnershipId: string, organisationIds: string[]) {
      await db
        .insert(partnershipParties)
        .values(organisationIds.map((organisationId) => ({ partnershipId, organisationId })));
    },
    async findById(id: string) {
      return (await db.select().from(partnerships).where(eq(partnerships.id, id)))[0];
    },
    async update(id: string, changes: Partial<PartnershipRow>) {
      return insertOne(
        db.update(partnerships).set(changes).where(eq(partnerships.id, id)).returning(),
        'partnerships',
      );
    },
    async parties(partnershipIds: string[]) {
      if (partnershipIds.length === 0) return [];
      return db
        .select()
        .from(partnershipParties)
        .where(inArray(partnershipParties.partnershipId, partnershipIds));
    },
    /** Condition over partnerships; `organisationIds`/`countryCode` filter by party. */
    async list(filter: {
      organisationIds?: string[];
      countryCode?: string;
      type?: string;
      from?: string;
      to?: string;
      limit: number;
      offset: number;
    }) {
      const condition = and(
        filter.organisationIds
          ? filter.organisationIds.length > 0
            ? sql`exists (select 1 from ${partnershipParties} where ${partnershipParties.partnershipId} = ${partnerships.id} and ${inArray(partnershipParties.organisationId, filter.organisationIds)})`
            : sql`false`
          : undefined,
        filter.countryCode
          ? sql`exists (select 1 from ${partnershipParties} join ${organisations} on ${organisations.id} = ${partnershipParties.organisationId} where ${partnershipParties.partnershipId} = ${partnerships.id} and ${organisations.countryCode} = ${filter.countryCode})`
          : undefined,
        filter.type ? eq(partnerships.type, filter.type) : undefined,
        filter.from ? sql`${partnerships.agreedOn} >= ${filter.from}` : undefined,
        filter.to ? sql`${partnerships.agreedOn} <= ${filter.to}` : undefined,
      );
      const rows = await db
        .select({
          id: partnerships.id,
          type: partnerships.type,
          title: partnerships.title,
          description: partnerships.description,
          agreedOn: partnerships.agreedOn,
          caseId: partnerships.caseId,
          profileId: partnerships.profileId,
          referralId: partnerships.referralId,
          interestId: partnerships.interestId,
          evidenceText: partnerships.evidenceText,
          evidenceFileName: partnerships.evidenceFileName,
          evidenceMediaType: partnerships.evidenceMediaType,
          evidenceSize: sql<number | null>`octet_length(${partnerships.evidenceContent})`,
          isDemo: partnerships.isDemo,
          createdBy: partnerships.createdBy,
          createdAt: partnerships.createdAt,
        })
        .from(partnerships)
        .where(condition)
        .orderBy(desc(partnerships.agreedOn), desc(partnerships.createdAt))
        .limit(filter.limit)
        .offset(filter.offset);
      const [total] = await db.select({ value: count() }).from(partnerships).where(condition);
      return { rows, total: total?.value ?? 0 };
    },
  };
}
