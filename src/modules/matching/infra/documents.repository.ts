// Reads what the engine matches from the database: profiles and organisations as match inputs.
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { brokerRegions, organisations, users } from '../../accounts/index.ts';
import { cases, profiles, type CooperationModel, type DiagnosisData } from '../../brokerage/index.ts';
import type { MatchInput, MatchRole } from '../domain/document.ts';

const profileColumns = {
  id: profiles.id,
  type: profiles.type,
  title: profiles.title,
  summary: profiles.summary,
  description: profiles.description,
  innovation: profiles.innovation,
  partnerSought: profiles.partnerSought,
  naceCodes: profiles.naceCodes,
  techFields: profiles.techFields,
  s3Domains: profiles.s3Domains,
  partnershipTypes: profiles.partnershipTypes,
  targetCountries: profiles.targetCountries,
  trl: profiles.trl,
  stage: profiles.stage,
  language: profiles.language,
  status: profiles.status,
  publishedAt: profiles.publishedAt,
  expiresAt: profiles.expiresAt,
  organisationId: profiles.organisationId,
  country: organisations.countryCode,
  helix: organisations.helixType,
  sizeClass: organisations.sizeClass,
};

type ProfileSource = { [K in keyof typeof profileColumns]: (typeof profileColumns)[K]['_']['data'] | null };

export type ProfileDocument = { input: MatchInput; isPublished: boolean };

function profileInput(row: ProfileSource): ProfileDocument {
  return {
    isPublished: row.status === 'published',
    input: {
      id: row.id as string,
      kind: 'profile',
      role: row.type as MatchRole,
      title: row.title ?? '',
      summary: row.summary ?? '',
      // The innovation text says what is new; it belongs to the description for matching.
      description: [row.description, row.innovation].filter(Boolean).join('\n'),
      partnerSought: row.partnerSought ?? '',
      nace: row.naceCodes ?? [],
      techFields: row.techFields ?? [],
      s3Domains: row.s3Domains ?? [],
      partnershipTypes: row.partnershipTypes ?? [],
      country: row.country,
      targetCountries: row.targetCountries ?? [],
      trl: row.trl,
      stage: row.stage,
      language: row.language ?? 'en',
      helix: row.helix,
      sizeClass: row.sizeClass,
      publishedAt: row.publishedAt?.getTime() ?? null,
      expiresAt: row.expiresAt?.getTime() ?? null,
      organisationId: row.organisationId,
    },
  };
}

const organisationColumns = {
  id: organisations.id,
  name: organisations.name,
  description: organisations.description,
  naceCodes: organisations.naceCodes,
  techFields: organisations.techFields,
  s3Domains: organisations.s3Domains,
  countryCode: organisations.countryCode,
  helixType: organisations.helixType,
  sizeClass: organisations.sizeClass,
};
type OrganisationSource = {
  [K in keyof typeof organisationColumns]: (typeof organisationColumns)[K]['_']['data'] | null;
};

export function organisationInput(row: OrganisationSource): MatchInput {
  return {
    id: row.id as string,
    kind: 'organisation',
    role: 'organisation',
    title: row.name ?? '',
    summary: row.description ?? '',
    description: '',
    partnerSought: '',
    nace: row.naceCodes ?? [],
    techFields: row.techFields ?? [],
    s3Domains: row.s3Domains ?? [],
    partnershipTypes: [],
    country: row.countryCode,
    targetCountries: [],
    trl: null,
    stage: null,
    language: 'en',
    helix: row.helixType,
    sizeClass: row.sizeClass,
    publishedAt: null,
    expiresAt: null,
    organisationId: row.id,
  };
}

/** What a client's diagnosis asks for, in the profiles' partnership types. */
const COOPERATION_PARTNERSHIPS: Record<CooperationModel, string[]> = {
  supplier: ['commercial_agreement'],
  customer: ['commercial_agreement'],
  distributor: ['commercial_agreement', 'services'],
  technology_licensing: ['licence'],
  joint_rd: ['research_cooperation', 'technical_cooperation'],
  joint_venture: ['joint_venture'],
  subcontracting: ['subcontracting'],
  investment: ['financial'],
};

/** A case's client as the engine sees it: its organisation's codes plus the latest diagnosis. */
export function clientInput(
  found: { id: string; title: string },
  organisation: MatchInput,
  diagnosis: DiagnosisData | null,
): MatchInput {
  return {
    ...organisation,
    id: found.id,
    kind: 'case',
    role: 'client',
    title: found.title,
    summary: [organisation.summary, diagnosis?.productsServices].filter(Boolean).join('\n'),
    description: diagnosis
      ? [diagnosis.innovationActivities, diagnosis.goals, diagnosis.barriersText].join('\n')
      : '',
    partnerSought: diagnosis?.needs ?? '',
    partnershipTypes: [
      ...new Set((diagnosis?.cooperationModels ?? []).flatMap((m) => COOPERATION_PARTNERSHIPS[m])),
    ],
    targetCountries: diagnosis?.targetCountries ?? [],
  };
}

export function createDocumentsRepository(db: Db) {
  const selectProfiles = () =>
    db
      .select(profileColumns)
      .from(profiles)
      .innerJoin(organisations, eq(organisations.id, profiles.organisationId));
  return {
    /** The latest change to profiles and organisations, to tell whether the engine's index is behind. */
    async latestChanges(): Promise<{ profiles: Date | null; organisations: Date | null }> {
      const asDate = (value: string | Date | null) => (value === null ? null : new Date(value));
      const [row] = await db
        .select({
          profiles: sql<string | Date | null>`(select max(${profiles.updatedAt}) from ${profiles})`,
          organisations: sql<
            string | Date | null
          >`(select max(${organisations.updatedAt}) from ${organisations})`,
        })
        .from(sql`(select 1) as one`);
      return { profiles: asDate(row?.profiles ?? null), organisations: asDate(row?.organisations ?? null) };
    },
    async publishedProfiles(): Promise<MatchInput[]> {
      const rows = await selectProfiles().where(eq(profiles.status, 'published'));
      return rows.map((row) => profileInput(row).input);
    },
    async profilesChangedSince(since: Date): Promise<ProfileDocument[]> {
      return (await selectProfiles().where(gt(profiles.updatedAt, since))).map(profileInput);
    },
    async publishedProfilesOf(organisationIds: string[]): Promise<MatchInput[]> {
      if (organisationIds.length === 0) return [];
      const rows = await selectProfiles().where(
        and(eq(profiles.status, 'published'), inArray(profiles.organisationId, organisationIds)),
      );
      return rows.map((row) => profileInput(row).input);
    },
    async profile(id: string): Promise<MatchInput | undefined> {
      const [row] = await selectProfiles().where(eq(profiles.id, id));
      return row ? profileInput(row).input : undefined;
    },
    async organisations(): Promise<MatchInput[]> {
      return (await db.select(organisationColumns).from(organisations)).map(organisationInput);
    },
    async organisationsChangedSince(since: Date): Promise<MatchInput[]> {
      const rows = await db
        .select(organisationColumns)
        .from(organisations)
        .where(gt(organisations.updatedAt, since));
      return rows.map(organisationInput);
    },
    async organisation(id: string): Promise<MatchInput | undefined> {
      const [row] = await db.select(organisationColumns).from(organisations).where(eq(organisations.id, id));
      return row ? organisationInput(row) : undefined;
    },
    async openCases(): Promise<{ input: MatchInput; recipients: { id: string; email: string }[] }[]> {
      const rows = await db
        .select({
          id: cases.id,
          title: cases.title,
          organisationId: cases.organisationId,
          brokerId: users.id,
          brokerEmail: users.email,
          diagnosis: sql<DiagnosisData | null>`(select d.data from case_diagnoses d where d.case_id = ${cases.id} order by d.version desc limit 1)`,
        })
        .from(cases)
        .innerJoin(users, eq(users.id, cases.brokerId))
        .where(and(sql`${cases.stage} <> 'closed'`, eq(users.isActive, true)));
      if (rows.length === 0) return [];
      const clients = await db
        .select(organisationColumns)
        .from(organisations)
        .where(inArray(organisations.id, [...new Set(rows.map((row) => row.organisationId))]));
      const owners = new Map(clients.map((row) => [row.id, organisationInput(row)]));
      return rows.flatMap((row) => {
        const organisation = owners.get(row.organisationId);
        return organisation
          ? [
              {
                input: clientInput(row, organisation, row.diagnosis),
                recipients: [{ id: row.brokerId, email: row.brokerEmail }],
              },
            ]
          : [];
      });
    },
    /** Who hears about a profile's matches: whoever created it and the managers of its organisation. */
    async profileRecipients(profileIds: string[]): Promise<Map<string, { id: string; email: string }[]>> {
      const result = new Map<string, { id: string; email: string }[]>();
      if (profileIds.length === 0) return result;
      const rows = await db
        .selectDistinct({ profileId: profiles.id, id: users.id, email: users.email })
        .from(profiles)
        .innerJoin(
          users,
          sql`${users.id} = ${profiles.createdBy} or ${users.id} in (select m.user_id from memberships m where m.organisation_id = ${profiles.organisationId} and m.role = 'manager')`,
        )
        .where(and(inArray(profiles.id, profileIds), eq(users.isActive, true)));
      for (const row of rows) result.set(row.profileId, [...(result.get(row.profileId) ?? []), row]);
      return result;
    },
    /** The active brokers serving each organisation's region (their NUTS code is a prefix of its region). */
    async brokersOf(organisationIds: string[]): Promise<Map<string, { id: string; name: string }[]>> {
      const result = new Map<string, { id: string; name: string }[]>();
      if (organisationIds.length === 0) return result;
      const rows = await db
        .selectDistinct({ organisationId: organisations.id, id: users.id, name: users.name })
        .from(organisations)
        .innerJoin(
          brokerRegions,
          sql`coalesce(${organisations.nutsCode}, ${organisations.countryCode}) like ${brokerRegions.nutsCode} || '%'`,
        )
        .innerJoin(users, eq(users.id, brokerRegions.userId))
        .where(
          and(inArray(organisations.id, organisationIds), eq(users.role, 'broker'), eq(users.isActive, true)),
        )
        .orderBy(users.name);
      for (const row of rows)
        result.set(row.organisationId, [...(result.get(row.organisationId) ?? []), row]);
      return result;
    },
  };
}
