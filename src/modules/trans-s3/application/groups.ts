// Region groups and their members.
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { createAuditRepository, normaliseEmail, users, type Actor } from '../../accounts/index.ts';
import { nutsRegions } from '../../reference/index.ts';
import type { GroupRole, TGroup } from '../contract.ts';
import type { Helix } from '../domain/evidence.ts';
import { TransS3Error } from '../errors.ts';
import { ts3Candidates, ts3Groups, ts3Members } from '../infra/trans-s3.tables.ts';
import { canCreateGroup, canEditGroup, canManageMembers, type GroupAccess } from '../policies.ts';
import type { TransS3Deps } from './deps.ts';
import { loadGroup, recordVersion, type GroupRow } from './group-access.ts';
import { loadLabels, named } from './present.ts';

type GroupInput = { name: string; description: string; regions: string[]; minRegions: number };
type GroupPatch = Partial<GroupInput> & { currentStep?: number | undefined };
type MemberInput = { role: GroupRole; helix: Helix | null; region: string | null };

async function candidateCounts(db: Db, groupIds: string[]) {
  const rows = groupIds.length
    ? await db
        .select({
          groupId: ts3Candidates.groupId,
          candidates: sql<number>`count(*) filter (where ${ts3Candidates.status} <> 'dropped')`.mapWith(
            Number,
          ),
          final: sql<number>`count(*) filter (where ${ts3Candidates.status} = 'final')`.mapWith(Number),
        })
        .from(ts3Candidates)
        .where(inArray(ts3Candidates.groupId, groupIds))
        .groupBy(ts3Candidates.groupId)
    : [];
  return new Map(rows.map((r) => [r.groupId, r]));
}

async function presentSummaries(db: Db, rows: GroupRow[], roles: Map<string, GroupRole>) {
  const labels = await loadLabels(db, { nuts: rows.flatMap((r) => r.regions) });
  const counts = await candidateCounts(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    description: row.description,
    regions: row.regions.map((code) => named(labels.nuts, code)),
    currentStep: row.currentStep,
    myRole: roles.get(row.id) ?? null,
    candidates: counts.get(row.id)?.candidates ?? 0,
    finalDomains: counts.get(row.id)?.final ?? 0,
    isDemo: row.isDemo,
  }));
}

export async function listGroups(deps: TransS3Deps, actor: Actor) {
  const memberships = await deps.db
    .select({ groupId: ts3Members.groupId, role: ts3Members.role })
    .from(ts3Members)
    .where(eq(ts3Members.userId, actor.userId));
  const roles = new Map(memberships.map((m) => [m.groupId, m.role as GroupRole]));
  const rows =
    actor.role === 'admin'
      ? await deps.db.select().from(ts3Groups).orderBy(asc(ts3Groups.name))
      : roles.size
        ? await deps.db
            .select()
            .from(ts3Groups)
            .where(inArray(ts3Groups.id, [...roles.keys()]))
            .orderBy(asc(ts3Groups.name))
        : [];
  return { items: await presentSummaries(deps.db, rows, roles), canCreate: canCreateGroup(actor) };
}

export async function presentGroup(db: Db, group: GroupRow, access: GroupAccess): Promise<TGroup> {
  const [summary] = await presentSummaries(
    db,
    [group],
    new Map(access.role ? [[group.id, access.role]] : []),
  );
  const members = await db
    .select({
      userId: ts3Members.userId,
      name: users.name,
      email: users.email,
      role: ts3Members.role,
      helix: ts3Members.helix,
      region: ts3Members.region,
    })
    .from(ts3Members)
    .innerJoin(users, eq(users.id, ts3Members.userId))
    .where(eq(ts3Members.groupId, group.id))
    .orderBy(asc(users.name));
  if (!summary) throw new Error('group summary missing');
  return {
    ...summary,
    minRegions: group.minRegions,
    members: members.map((m) => ({ ...m, role: m.role as GroupRole, helix: m.helix as Helix | null })),
    permissions: { canEdit: canEditGroup(access), canManageMembers: canManageMembers(access) },
  };
}

export async function getGroup(deps: TransS3Deps, actor: Actor, groupId: string): Promise<TGroup> {
  const { group, access } = await loadGroup(deps.db, actor, groupId);
  return presentGroup(deps.db, group, access);
}

async function assertRegions(db: Db, regions: string[], path = 'regions') {
  const found = new Set(
    (
      await db.select({ code: nutsRegions.code }).from(nutsRegions).where(inArray(nutsRegions.code, regions))
    ).map((r) => r.code),
  );
  const details = regions.flatMap((code, i) =>
    found.has(code) ? [] : [{ path: `${path}.${i}`, message: `unknown NUTS region ${code}` }],
  );
  if (details.length) throw new TransS3Error('INVALID_INPUT', 'Unknown regions.', details);
}

async function assertNameFree(db: Db, name: string, exceptId?: string) {
  const [clash] = await db.select({ id: ts3Groups.id }).from(ts3Groups).where(eq(ts3Groups.name, name));
  if (clash && clash.id !== exceptId) {
    throw new TransS3Error('CONFLICT', `A group named ${name} exists already.`, [
      { path: 'name', message: 'is taken' },
    ]);
  }
}

function assertMinRegions(minRegions: number, regions: string[]) {
  if (minRegions > regions.length) {
    throw new TransS3Error('INVALID_INPUT', 'A domain cannot span more regions than the group has.', [
      { path: 'minRegions', message: `must be at most ${regions.length} (the group's regions)` },
    ]);
  }
}

export async function createGroup(
  deps: TransS3Deps,
  actor: Actor | 'system',
  input: GroupInput & { isDemo?: boolean },
): Promise<{ id: string }> {
  if (actor !== 'system' && !canCreateGroup(actor)) {
    throw new TransS3Error('NOT_ALLOWED', 'Only analysts and administrators start a Trans-S3 group.');
  }
  const regions = [...new Set(input.regions)];
  assertMinRegions(input.minRegions, regions);
  return deps.db.transaction(async (tx) => {
    await assertRegions(tx, regions);
    await assertNameFree(tx, input.name);
    const userId = actor === 'system' ? null : actor.userId;
    const [row] = await tx
      .insert(ts3Groups)
      .values({
        name: input.name,
        description: input.description,
        regions,
        minRegions: input.minRegions,
        isDemo: input.isDemo ?? false,
        createdBy: userId,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    if (userId) await tx.insert(ts3Members).values({ groupId: row.id, userId, role: 'lead' });
    await createAuditRepository(tx).record({
      actorUserId: userId,
      action: 'trans-s3.group.create',
      targetType: 'ts3_group',
      targetId: row.id,
      details: { name: row.name, regions },
    });
    return { id: row.id };
  });
}

export async function updateGroup(
  deps: TransS3Deps,
  actor: Actor,
  groupId: string,
  patch: GroupPatch,
): Promise<TGroup> {
  return deps.db.transaction(async (tx) => {
    const { group, access } = await loadGroup(tx, actor, groupId, 'edit');
    const regions = patch.regions ? [...new Set(patch.regions)] : group.regions;
    if (patch.regions) await assertRegions(tx, regions);
    if (patch.name) await assertNameFree(tx, patch.name, groupId);
    assertMinRegions(patch.minRegions ?? group.minRegions, regions);
    const [row] = await tx
      .update(ts3Groups)
      .set({
        name: patch.name ?? group.name,
        description: patch.description ?? group.description,
        regions,
        minRegions: patch.minRegions ?? group.minRegions,
        currentStep: patch.currentStep ?? group.currentStep,
        updatedAt: deps.clock(),
      })
      .where(eq(ts3Groups.id, groupId))
      .returning();
    if (!row) throw new Error('update returned nothing');
    if (patch.currentStep !== undefined && patch.currentStep !== group.currentStep) {
      const direction = patch.currentStep < group.currentStep ? 'back' : 'on';
      await recordVersion(
        tx,
        actor,
        groupId,
        group.currentStep,
        `Moved ${direction} from step ${group.currentStep} to step ${patch.currentStep}`,
        {
          from: group.currentStep,
          to: patch.currentStep,
        },
      );
    }
    await createAuditRepository(tx).record({
      actorUserId: actor.userId,
      action: 'trans-s3.group.update',
      targetType: 'ts3_group',
      targetId: groupId,
      details: { ...patch },
    });
    return presentGroup(tx, row, access);
  });
}

async function assertMemberRegion(group: GroupRow, region: string | null) {
  if (region !== null && !group.regions.includes(region)) {
    throw new TransS3Error('INVALID_INPUT', `${region} is not one of the group's regions.`, [
      { path: 'region', message: `must be one of ${group.regions.join(', ')}` },
    ]);
  }
}

export async function addMember(
  deps: TransS3Deps,
  actor: Actor,
  groupId: string,
  input: MemberInput & { email: string },
): Promise<TGroup> {
  return deps.db.transaction(async (tx) => {
    const { group, access } = await loadGroup(tx, actor, groupId, 'members');
    await assertMemberRegion(group, input.region);
    const [user] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, normaliseEmail(input.email)));
    if (!user) {
      throw new TransS3Error(
        'INVALID_INPUT',
        `No user with the e-mail ${input.email}; invite them to the platform first.`,
        [{ path: 'email', message: 'no such user' }],
      );
    }
    const [existing] = await tx
      .select({ n: count() })
      .from(ts3Members)
      .where(and(eq(ts3Members.groupId, groupId), eq(ts3Members.userId, user.id)));
    if ((existing?.n ?? 0) > 0) {
      throw new TransS3Error('CONFLICT', `${input.email} is a member already.`, [
        { path: 'email', message: 'is a member already' },
      ]);
    }
    await tx
      .insert(ts3Members)
      .values({ groupId, userId: user.id, role: input.role, helix: input.helix, region: input.region });
    await createAuditRepository(tx).record({
      actorUserId: actor.userId,
      action: 'trans-s3.member.add',
      targetType: 'ts3_group',
      targetId: groupId,
      details: { userId: user.id, role: input.role, helix: input.helix },
    });
    return presentGroup(tx, group, access);
  });
}

async function assertLeadRemains(db: Db, groupId: string, userId: string) {
  const leads = await db
    .select({ userId: ts3Members.userId })
    .from(ts3Members)
    .where(and(eq(ts3Members.groupId, groupId), eq(ts3Members.role, 'lead')));
  if (leads.length === 1 && leads[0]?.userId === userId) {
    throw new TransS3Error('CONFLICT', 'A group keeps at least one lead; name another lead first.', [
      { path: 'role', message: 'the last lead cannot leave or change role' },
    ]);
  }
}

export async function updateMember(
  deps: TransS3Deps,
  actor: Actor,
  groupId: string,
  userId: string,
  input: MemberInput,
): Promise<TGroup> {
  return deps.db.transaction(async (tx) => {
    const { group, access } = await loadGroup(tx, actor, groupId, 'members');
    await assertMemberRegion(group, input.region);
    if (input.role !== 'lead') await assertLeadRemains(tx, groupId, userId);
    const updated = await tx
      .update(ts3Members)
      .set({ role: input.role, helix: input.helix, region: input.region })
      .where(and(eq(ts3Members.groupId, groupId), eq(ts3Members.userId, userId)))
      .returning();
    if (updated.length === 0) throw new TransS3Error('NOT_FOUND', `No member ${userId} in this group.`);
    await createAuditRepository(tx).record({
      actorUserId: actor.userId,
      action: 'trans-s3.member.update',
      targetType: 'ts3_group',
      targetId: groupId,
      details: { userId, ...input },
    });
    return presentGroup(tx, group, access);
  });
}

export async function removeMember(
  deps: TransS3Deps,
  actor: Actor,
  groupId: string,
  userId: string,
): Promise<TGroup> {
  return deps.db.transaction(async (tx) => {
    const { group, access } = await loadGroup(tx, actor, groupId, 'members');
    await assertLeadRemains(tx, groupId, userId);
    const removed = await tx
      .delete(ts3Members)
      .where(and(eq(ts3Members.groupId, groupId), eq(ts3Members.userId, userId)))
      .returning();
    if (removed.length === 0) throw new TransS3Error('NOT_FOUND', `No member ${userId} in this group.`);
    await createAuditRepository(tx).record({
      actorUserId: actor.userId,
      action: 'trans-s3.member.remove',
      targetType: 'ts3_group',
      targetId: groupId,
      details: { userId },
    });
    return presentGroup(tx, group, access);
  });
}
