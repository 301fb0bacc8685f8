import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { brokerRegions, organisations, users } from '../../accounts/index.ts';
import { cases } from './brokerage.tables.ts';

/** Where an organisation is, for matching against brokers' regions: its NUTS code, or its country. */
const organisationPlace = sql`coalesce(${organisations.nutsCode}, ${organisations.countryCode})`;

/** Organisations in the broker's regions. */
export const inBrokerRegions = (brokerId: string): SQL =>
  sql`exists (select 1 from ${brokerRegions} where ${brokerRegions.userId} = ${brokerId} and ${organisationPlace} like ${brokerRegions.nutsCode} || '%')`;

/**
 * Organisations a broker looks after: in one of their regions, registered by them, or a client of one
 * of their cases. (Expects `organisations` in the FROM clause.)
 */
export const brokerResponsibleFor = (brokerId: string): SQL =>
  sql`(${inBrokerRegions(brokerId)} or ${organisations.createdBy} = ${brokerId} or exists (select 1 from ${cases} where ${cases.organisationId} = ${organisations.id} and ${cases.brokerId} = ${brokerId}))`;

export function createAccessRepository(db: Db) {
  return {
    /** Whether the broker serves the organisation's region (who may validate its profiles). */
    async servesRegionOf(brokerId: string, organisationId: string): Promise<boolean> {
      const rows = await db
        .select({ id: organisations.id })
        .from(organisations)
        .where(and(eq(organisations.id, organisationId), inBrokerRegions(brokerId)));
      return rows.length > 0;
    },
    async isResponsibleFor(brokerId: string, organisationId: string): Promise<boolean> {
      const rows = await db
        .select({ id: organisations.id })
        .from(organisations)
        .where(and(eq(organisations.id, organisationId), brokerResponsibleFor(brokerId)));
      return rows.length > 0;
    },
    /**
     * The brokers of an organisation, to notify: those with an open case for it, else those serving its region.
     */
    async brokersOf(organisationId: string): Promise<{ id: string; name: string; email: string }[]> {
      const withCases = await db
        .selectDistinct({ id: users.id, name: users.name, email: users.email })
        .from(cases)
        .innerJoin(users, eq(users.id, cases.brokerId))
        .where(
          and(
            eq(cases.organisationId, organisationId),
            sql`${cases.stage} <> 'closed'`,
            eq(users.isActive, true),
          ),
        );
      if (withCases.length > 0) return withCases;
      return db
        .selectDistinct({ id: users.id, name: users.name, email: users.email })
        .from(organisations)
        .innerJoin(brokerRegions, sql`${organisationPlace} like ${brokerRegions.nutsCode} || '%'`)
        .innerJoin(users, eq(users.id, brokerRegions.userId))
        .where(and(eq(organisations.id, organisationId), eq(users.role, 'broker'), eq(users.isActive, true)));
    },
  };
}

export type AccessRepository = ReturnType<typeof createAccessRepository>;
