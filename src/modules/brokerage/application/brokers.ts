import { and, asc, count, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { brokerRegions, createAuditRepository, users, type Actor } from '../../accounts/index.ts';
import { createReferenceRepository, nutsRegions } from '../../reference/index.ts';
import type { TBrokerResponse, TBrokerUpdateRequest } from '../contract.ts';
import { BrokerageError } from '../errors.ts';
import { brokerProfiles } from '../infra/brokerage.tables.ts';
import { createOrganisationsLookup } from '../infra/organisations.lookup.ts';
import { loadRefs } from '../infra/refs.repository.ts';
import { isAdmin } from '../policies.ts';
import type { BrokerageDeps } from './deps.ts';

export type BrokerListInput = {
  q?: string | undefined;
  region?: string | undefined;
  country?: string | undefined;
  competence?: string | undefined;
  limit: number;
  offset: number;
};

/** Directory entries of the given brokers, in their order. */
export async function brokerViews(
  db: Db,
  rows: { id: string; name: string; email: string }[],
): Promise<TBrokerResponse[]> {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const [entries, regions] = await Promise.all([
    db.select().from(brokerProfiles).where(inArray(brokerProfiles.userId, ids)),
    db
      .select({ userId: brokerRegions.userId, code: brokerRegions.nutsCode, name: nutsRegions.name })
      .from(brokerRegions)
      .innerJoin(nutsRegions, eq(nutsRegions.code, brokerRegions.nutsCode))
      .where(inArray(brokerRegions.userId, ids))
      .orderBy(asc(brokerRegions.nutsCode)),
  ]);
  const refs = await loadRefs(db, { organisations: entries.map((e) => e.organisationId), people: [] });
  return rows.map((row) => {
    const entry = entries.find((e) => e.userId === row.id);
    return {
      id: row.id,
      name: row.name,
      email: row.email,
      organisation: entry?.organisationId ? (refs.organisations.get(entry.organisationId) ?? null) : null,
      regions: regions.filter((r) => r.userId === row.id).map(({ code, name }) => ({ code, name })),
      competences: entry?.competences ?? [],
      languages: entry?.languages ?? [],
      phone: entry?.phone ?? null,
      bio: entry?.bio ?? '',
    };
  });
}

/** The public directory: every active broker, the network's contact points. */
export async function listBrokers(deps: BrokerageDeps, input: BrokerListInput) {
  const condition = and(
    eq(users.role, 'broker'),
    eq(users.isActive, true),
    input.q ? or(ilike(users.name, `%${input.q}%`), ilike(users.email, `%${input.q}%`)) : undefined,
    // A region filter finds brokers serving the region, a region inside it, or a region containing it.
    input.region
      ? sql`exists (select 1 from ${brokerRegions} where ${brokerRegions.userId} = ${users.id} and (${brokerRegions.nutsCode} like ${`${input.region}%`} or ${input.region} like ${brokerRegions.nutsCode} || '%'))`
      : undefined,
    input.country
      ? sql`exists (select 1 from ${brokerRegions} where ${brokerRegions.userId} = ${users.id} and ${brokerRegions.nutsCode} like ${`${input.country === 'GR' ? 'EL' : input.country}%`})`
      : undefined,
    input.competence
      ? sql`exists (select 1 from ${brokerProfiles}, unnest(${brokerProfiles.competences}) as competence where ${brokerProfiles.userId} = ${users.id} and competence ilike ${`%${input.competence}%`})`
      : undefined,
  );
  const rows = await deps.db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(condition)
    .orderBy(asc(users.name))
    .limit(input.limit)
    .offset(input.offset);
  const [total] = await deps.db.select({ value: count() }).from(users).where(condition);
  return { items: await brokerViews(deps.db, rows), total: total?.value ?? 0 };
}

export async function getBroker(deps: BrokerageDeps, id: string): Promise<TBrokerResponse> {
  const user = await createOrganisationsLookup(deps.db).user(id);
  if (!user || user.role !== 'broker') throw new BrokerageError('NOT_FOUND', `No broker ${id}.`);
  return (await brokerViews(deps.db, [user]))[0] as TBrokerResponse;
}

/** A broker keeps their own directory entry; administrators keep anyone's. */
export async function updateBroker(
  deps: BrokerageDeps,
  actor: Actor | 'system',
  id: string,
  input: TBrokerUpdateRequest,
): Promise<TBrokerResponse> {
  if (actor !== 'system' && actor.userId !== id && !isAdmin(actor))
    throw new BrokerageError('NOT_ALLOWED', 'You can change only your own directory entry.');
  await deps.db.transaction(async (tx) => {
    const lookup = createOrganisationsLookup(tx);
    const user = await lookup.user(id);
    if (!user || user.role !== 'broker') throw new BrokerageError('NOT_FOUND', `No broker ${id}.`);
    const details = [];
    if (input.organisationId && !(await lookup.exists(input.organisationId)))
      details.push({ path: 'organisationId', message: 'does not exist' });
    const reference = createReferenceRepository(tx);
    for (const [index, code] of input.regions.entries()) {
      if (!(await reference.findNuts(code)))
        details.push({ path: `regions.${index}`, message: `unknown NUTS 2021 region ${code}` });
    }
    if (details.length > 0)
      throw new BrokerageError(
        'INVALID_REFERENCE',
        details.map((d) => `${d.path}: ${d.message}`).join('; '),
        details,
      );
    const entry = {
      organisationId: input.organisationId ?? null,
      competences: input.competences ?? [],
      languages: input.languages ?? [],
      phone: input.phone ?? null,
      bio: input.bio ?? '',
      updatedAt: deps.clock(),
    };
    await tx
      .insert(brokerProfiles)
      .values({ userId: id, ...entry })
      .onConflictDoUpdate({ target: brokerProfiles.userId, set: entry });
    await tx.delete(brokerRegions).where(eq(brokerRegions.userId, id));
    await tx.insert(brokerRegions).values(input.regions.map((nutsCode) => ({ userId: id, nutsCode })));
    await createAuditRepository(tx).record({
      actorUserId: actor === 'system' ? null : actor.userId,
      action: 'broker.update',
      targetType: 'user',
      targetId: id,
      details: { regions: input.regions },
    });
  });
  return getBroker(deps, id);
}
