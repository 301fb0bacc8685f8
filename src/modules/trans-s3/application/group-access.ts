// Loading a group for an actor, with the actor's access; every group use case starts here.
import { and, eq, max } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { createAuditRepository, type Actor } from '../../accounts/index.ts';
import type { GroupRole } from '../contract.ts';
import { TransS3Error } from '../errors.ts';
import { ts3Groups, ts3Members, ts3Versions } from '../infra/trans-s3.tables.ts';
import { canEditGroup, canManageMembers, canReadGroup, isAdmin, type GroupAccess } from '../policies.ts';

export type GroupRow = typeof ts3Groups.$inferSelect;
export type LoadedGroup = { group: GroupRow; access: GroupAccess };

/** What the actor must be able to do with the group. */
export type GroupNeed = 'read' | 'edit' | 'members';

const notFound = (groupId: string) => new TransS3Error('NOT_FOUND', `No Trans-S3 group ${groupId}.`);

export async function groupAccess(db: Db, actor: Actor, groupId: string): Promise<GroupAccess> {
  const [member] = await db
    .select({ role: ts3Members.role })
    .from(ts3Members)
    .where(and(eq(ts3Members.groupId, groupId), eq(ts3Members.userId, actor.userId)));
  return { isAdmin: isAdmin(actor), role: (member?.role as GroupRole | undefined) ?? null };
}

/**
 * The group, if the actor may do `need` with it. Someone outside the group gets NOT_FOUND (the group's
 * existence does not leak); a member without the right gets NOT_ALLOWED.
 */
export async function loadGroup(
  db: Db,
  actor: Actor,
  groupId: string,
  need: GroupNeed = 'read',
): Promise<LoadedGroup> {
  const [group] = await db.select().from(ts3Groups).where(eq(ts3Groups.id, groupId));
  if (!group) throw notFound(groupId);
  const access = await groupAccess(db, actor, groupId);
  if (!canReadGroup(access)) throw notFound(groupId);
  if (need === 'edit' && !canEditGroup(access)) {
    throw new TransS3Error('NOT_ALLOWED', 'Only the group’s lead and analysts change its Trans-S3.');
  }
  if (need === 'members' && !canManageMembers(access)) {
    throw new TransS3Error('NOT_ALLOWED', 'Only the group’s lead manages its members.');
  }
  return { group, access };
}

export const STEP_NAMES = [
  'Search for common priorities',
  'Analytical review',
  'Verification',
  'Markets and technology trends',
  'Internationalisation potential',
  'Stakeholder consultation',
  'Vision, action plan and monitoring',
] as const;

/**
 * Records a new version of a step's result (inside the caller's transaction) and the audit entry:
 * going back to an earlier step never loses what was there.
 */
export async function recordVersion(
  db: Db,
  actor: Actor | 'system',
  groupId: string,
  step: number,
  summary: string,
  snapshot: unknown,
): Promise<void> {
  const [last] = await db
    .select({ version: max(ts3Versions.version) })
    .from(ts3Versions)
    .where(and(eq(ts3Versions.groupId, groupId), eq(ts3Versions.step, step)));
  const userId = actor === 'system' ? null : actor.userId;
  await db.insert(ts3Versions).values({
    groupId,
    step,
    version: (last?.version ?? 0) + 1,
    summary,
    snapshot,
    createdBy: userId,
  });
  await createAuditRepository(db).record({
    actorUserId: userId,
    action: `trans-s3.step${step}`,
    targetType: 'ts3_group',
    targetId: groupId,
    details: { summary },
  });
}
