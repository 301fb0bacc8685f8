import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import type { ErrorDetail } from '../../../platform/errors.ts';
import { createAuditRepository, notify, type Actor } from '../../accounts/index.ts';
import { createReferenceRepository } from '../../reference/index.ts';
import type {
  TProfileCreateRequest,
  TProfileResponse,
  TProfileSummary,
  TProfileUpdateRequest,
  TPublicProfile,
} from '../contract.ts';
import {
  PROFILE_REFERENCE_PREFIX,
  type DevelopmentStage,
  type IprStatus,
  type PartnershipType,
  type ProfileStatus,
  type ProfileType,
} from '../domain/codes.ts';
import {
  allowedActions,
  isoDate,
  nextState,
  PROFILE_LIFECYCLE,
  profileExpiry,
  profileReference,
  profileReferenceStem,
  RENEWAL_REMINDER_DAYS,
  type ProfileAction,
} from '../domain/lifecycle.ts';
import { BrokerageError } from '../errors.ts';
import { createAccessRepository } from '../infra/access.repository.ts';
import { createCasesRepository } from '../infra/cases.repository.ts';
import { createOrganisationsLookup } from '../infra/organisations.lookup.ts';
import { createProfilesRepository, profileScopes, type ProfileRow } from '../infra/profiles.repository.ts';
import { loadRefs, must, personOrNull, type Refs } from '../infra/refs.repository.ts';
import {
  canManageForOrganisation,
  canValidateProfile,
  isAdmin,
  isBroker,
  isMemberOf,
  type OrganisationFacts,
} from '../policies.ts';
import type { BrokerageDeps } from './deps.ts';
import { organisationFacts } from './profile-access.ts';

const notFound = (id: string) => new BrokerageError('NOT_FOUND', `No profile ${id}.`);
const DAY_MS = 24 * 60 * 60 * 1000;

/** Statuses in which anyone signed in may read a profile. */
const isPublic = (status: string) => status === 'published';

/** The actions this actor may take on the profile now (the lifecycle's options, filtered by role). */
function permittedActions(actor: Actor, row: ProfileRow, facts: OrganisationFacts): ProfileAction[] {
  const canManage = canManageForOrganisation(actor, row.organisationId, facts);
  const canValidate = canValidateProfile(actor, facts);
  return allowedActions(PROFILE_LIFECYCLE, row.status as ProfileStatus).filter((action) => {
    switch (action) {
      case 'validate':
      case 'return':
        return canValidate;
      case 'expire':
        return false; // the daily job's
      default:
        return canManage;
    }
  });
}

function canRead(actor: Actor, row: ProfileRow, facts: OrganisationFacts): boolean {
  return (
    isPublic(row.status) ||
    canManageForOrganisation(actor, row.organisationId, facts) ||
    canValidateProfile(actor, facts)
  );
}

/** The fields every view of a profile shows, the anonymous one included. */
function commonFields(row: ProfileRow) {
  return {
    id: row.id,
    reference: row.reference,
    type: row.type as ProfileType,
    title: row.title,
    summary: row.summary,
    stage: row.stage as DevelopmentStage | null,
    trl: row.trl,
    partnershipTypes: row.partnershipTypes as PartnershipType[],
    naceCodes: row.naceCodes,
    techFields: row.techFields,
    s3Domains: row.s3Domains,
    targetCountries: row.targetCountries,
    language: row.language,
    deadline: row.deadline,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
  };
}

/** The text fields of a profile's full view. */
function detailFields(row: ProfileRow) {
  return {
    description: row.description,
    innovation: row.innovation,
    iprStatus: row.iprStatus as IprStatus | null,
    partnerSought: row.partnerSought,
  };
}

function summaryView(row: ProfileRow, refs: Refs): TProfileSummary {
  return {
    ...commonFields(row),
    status: row.status as ProfileStatus,
    organisation: must(refs.organisations, row.organisationId),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function profileSummaries(db: Db, rows: ProfileRow[]): Promise<TProfileSummary[]> {
  const refs = await loadRefs(db, { organisations: rows.map((r) => r.organisationId), people: [] });
  return rows.map((row) => summaryView(row, refs));
}

async function profileView(
  db: Db,
  actor: Actor,
  row: ProfileRow,
  facts: OrganisationFacts,
): Promise<TProfileResponse> {
  const profiles = createProfilesRepository(db);
  const [comments, interestCount] = await Promise.all([
    profiles.comments(row.id),
    profiles.interestCount(row.id),
  ]);
  const refs = await loadRefs(db, {
    organisations: [row.organisationId],
    people: [row.validatedBy, ...comments.map((c) => c.authorId)],
  });
  const canManage = canManageForOrganisation(actor, row.organisationId, facts);
  const hasOtherOrganisation = actor.memberships.some((m) => m.organisationId !== row.organisationId);
  return {
    ...summaryView(row, refs),
    ...detailFields(row),
    caseId: row.caseId,
    isDemo: row.isDemo,
    createdAt: row.createdAt.toISOString(),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    validatedAt: row.validatedAt?.toISOString() ?? null,
    validatedBy: personOrNull(refs.people, row.validatedBy),
    closedAt: row.closedAt?.toISOString() ?? null,
    allowedActions: permittedActions(actor, row, facts),
    canEdit: canManage && row.status === 'draft',
    canExpressInterest:
      row.status === 'published' &&
      !isMemberOf(actor, row.organisationId) &&
      (isBroker(actor) || isAdmin(actor) || hasOtherOrganisation),
    interestCount,
    comments: comments.map((c) => ({
      id: c.id,
      kind: c.kind as 'return' | 'comment',
      text: c.text,
      author: personOrNull(refs.people, c.authorId),
      createdAt: c.createdAt.toISOString(),
    })),
  };
}

/** Codes must exist in the reference data and a linked case must be the organisation's. */
async function checkReferences(
  db: Db,
  input: { naceCodes?: string[] | undefined; caseId?: string | null | undefined },
  organisationId: string,
) {
  const details: ErrorDetail[] = [];
  const naceCodes = input.naceCodes ?? [];
  for (const code of await createReferenceRepository(db).unknownNaceCodes(naceCodes)) {
    details.push({
      path: `naceCodes.${naceCodes.indexOf(code)}`,
      message: `unknown NACE Rev.2 code ${code}`,
    });
  }
  if (input.caseId) {
    const found = await createCasesRepository(db).findById(input.caseId);
    if (!found || found.organisationId !== organisationId)
      details.push({ path: 'caseId', message: 'is not a case of this organisation' });
  }
  if (details.length > 0) {
    throw new BrokerageError(
      'INVALID_REFERENCE',
      details.map((d) => `${d.path}: ${d.message}`).join('; '),
      details,
    );
  }
}

async function loadForActor(db: Db, actor: Actor, id: string) {
  const row = await createProfilesRepository(db).findById(id);
  if (!row) throw notFound(id);
  const facts = await organisationFacts(db, actor, row.organisationId);
  if (!canRead(actor, row, facts)) throw notFound(id);
  return { row, facts };
}

/** A profile the actor may open (404 otherwise), as stored. */
export async function readableProfile(deps: BrokerageDeps, actor: Actor, id: string): Promise<ProfileRow> {
  return (await loadForActor(deps.db, actor, id)).row;
}

/** Summaries of the published profiles among `ids` (others are left out), by id. */
export async function publishedProfileSummaries(
  db: Db,
  ids: string[],
): Promise<Map<string, TProfileSummary>> {
  const rows = (await createProfilesRepository(db).findByIds(ids)).filter(
    (row) => row.status === 'published',
  );
  return new Map((await profileSummaries(db, rows)).map((summary) => [summary.id, summary]));
}

export async function getProfile(deps: BrokerageDeps, actor: Actor, id: string): Promise<TProfileResponse> {
  const { row, facts } = await loadForActor(deps.db, actor, id);
  return profileView(deps.db, actor, row, facts);
}

export async function createProfile(
  deps: BrokerageDeps,
  actor: Actor | 'system',
  input: TProfileCreateRequest & { isDemo?: boolean },
) {
  return deps.db.transaction(async (tx) => {
    if (!(await createOrganisationsLookup(tx).exists(input.organisationId))) {
      throw new BrokerageError('INVALID_REFERENCE', `No organisation ${input.organisationId}.`, [
        { path: 'organisationId', message: 'does not exist' },
      ]);
    }
    if (actor !== 'system') {
      const facts = await organisationFacts(tx, actor, input.organisationId);
      if (!canManageForOrganisation(actor, input.organisationId, facts)) {
        throw new BrokerageError(
          'NOT_ALLOWED',
          "Only the organisation's people, its brokers and administrators can draft its profiles.",
        );
      }
    }
    await checkReferences(tx, input, input.organisationId);
    const actorUserId = actor === 'system' ? null : actor.userId;
    const created = await createProfilesRepository(tx).insert({
      organisationId: input.organisationId,
      caseId: input.caseId ?? null,
      type: input.type,
      title: input.title,
      summary: input.summary,
      description: input.description ?? '',
      innovation: input.innovation ?? '',
      stage: input.stage ?? null,
      trl: input.trl ?? null,
      iprStatus: input.iprStatus ?? null,
      partnerSought: input.partnerSought ?? '',
      partnershipTypes: input.partnershipTypes ?? [],
      naceCodes: input.naceCodes ?? [],
      techFields: input.techFields ?? [],
      s3Domains: input.s3Domains ?? [],
      targetCountries: input.targetCountries ?? [],
      language: input.language ?? 'en',
      deadline: input.deadline ?? null,
      status: 'draft',
      isDemo: input.isDemo ?? false,
      createdBy: actorUserId,
    });
    await createAuditRepository(tx).record({
      actorUserId,
      action: 'profile.create',
      targetType: 'profile',
      targetId: created.id,
      details: { type: created.type, title: created.title },
    });
    return created;
  });
}

export async function updateProfile(
  deps: BrokerageDeps,
  actor: Actor,
  id: string,
  changes: TProfileUpdateRequest,
): Promise<TProfileResponse> {
  return deps.db.transaction(async (tx) => {
    const { row, facts } = await loadForActor(tx, actor, id);
    if (!canManageForOrganisation(actor, row.organisationId, facts))
      throw new BrokerageError('NOT_ALLOWED', 'You cannot change this profile.');
    if (row.status !== 'draft') {
      throw new BrokerageError(
        'ILLEGAL_TRANSITION',
        `Only drafts can be edited; this profile is ${row.status}.`,
        [
          {
            path: 'status',
            message:
              row.status === 'submitted' || row.status === 'validated'
                ? 'ask the broker to return it to draft'
                : 'is not draft',
          },
        ],
      );
    }
    await checkReferences(tx, changes, row.organisationId);
    const updated = await createProfilesRepository(tx).update(id, changes, deps.clock());
    await createAuditRepository(tx).record({
      actorUserId: actor.userId,
      action: 'profile.update',
      targetType: 'profile',
      targetId: id,
      details: { fields: Object.keys(changes) },
    });
    return profileView(tx, actor, updated, facts);
  });
}

/**
 * One lifecycle step. Refused steps are 409 naming the allowed ones; each step records its time,
 * is audited and tells the people concerned.
 */
export async function transitionProfile(
  deps: BrokerageDeps,
  actor: Actor | 'system',
  id: string,
  action: ProfileAction,
  comment?: string,
): Promise<ProfileRow> {
  return deps.db.transaction(async (tx) => {
    const profiles = createProfilesRepository(tx);
    const row = await profiles.findById(id);
    if (!row) throw notFound(id);
    const status = row.status as ProfileStatus;
    if (actor !== 'system') {
      const facts = await organisationFacts(tx, actor, row.organisationId);
      if (!canRead(actor, row, facts)) throw notFound(id);
      const permitted = permittedActions(actor, row, facts);
      if (!permitted.includes(action)) {
        const lifecycleAllows = nextState(PROFILE_LIFECYCLE, status, action) !== null;
        if (lifecycleAllows)
          throw new BrokerageError('NOT_ALLOWED', `You may not ${action} this profile.`, [
            { path: 'action', message: `you may: ${permitted.join(', ') || 'nothing'}` },
          ]);
        throw new BrokerageError(
          'ILLEGAL_TRANSITION',
          `A ${status} profile cannot take the step "${action}"; allowed: ${permitted.join(', ') || 'none'}.`,
          [{ path: 'action', message: `allowed: ${permitted.join(', ') || 'none'}` }],
        );
      }
    }
    const next = nextState(PROFILE_LIFECYCLE, status, action);
    if (!next) {
      throw new BrokerageError('ILLEGAL_TRANSITION', `A ${status} profile cannot take the step ${action}.`, [
        {
          path: 'action',
          message: `allowed: ${allowedActions(PROFILE_LIFECYCLE, status).join(', ') || 'none'}`,
        },
      ]);
    }
    if (action === 'return' && !comment?.trim()) {
      throw new BrokerageError('INVALID_INPUT', 'Say what to change when sending a profile back.', [
        { path: 'comment', message: 'is required' },
      ]);
    }
    const now = deps.clock();
    const changes: Partial<ProfileRow> = { status: next };
    if (action === 'submit') {
      changes.submittedAt = now;
      if (!row.reference) {
        const organisation = await createOrganisationsLookup(tx).find(row.organisationId);
        const stem = profileReferenceStem(
          PROFILE_REFERENCE_PREFIX[row.type as ProfileType],
          organisation?.countryCode ?? 'XX',
          now,
        );
        changes.reference = profileReference(stem, await profiles.nextReferenceSequence(stem));
      }
    }
    if (action === 'validate') {
      changes.validatedAt = now;
      changes.validatedBy = actor === 'system' ? null : actor.userId;
    }
    if (action === 'return') {
      changes.validatedAt = null;
      changes.validatedBy = null;
    }
    if (action === 'publish' || action === 'renew') {
      const deadline =
        action === 'renew' && row.deadline && row.deadline <= isoDate(now) ? null : row.deadline;
      changes.publishedAt = action === 'publish' ? now : row.publishedAt;
      changes.deadline = deadline;
      changes.expiresAt = profileExpiry(now, deadline);
      changes.renewalReminderSentAt = null;
    }
    if (action === 'withdraw' || action === 'expire') changes.closedAt = now;
    const updated = await profiles.update(id, changes, now);
    const actorUserId = actor === 'system' ? null : actor.userId;
    if (comment?.trim())
      await profiles.addComment({
        profileId: id,
        authorId: actorUserId,
        kind: action === 'return' ? 'return' : 'comment',
        text: comment.trim(),
      });
    await createAuditRepository(tx).record({
      actorUserId,
      action: `profile.${action}`,
      targetType: 'profile',
      targetId: id,
      details: { from: status, to: next, ...(comment ? { comment } : {}) },
    });
    await notifyProfileStep(tx, deps, updated, action, actorUserId, comment);
    return updated;
  });
}

async function notifyProfileStep(
  tx: Db,
  deps: BrokerageDeps,
  row: ProfileRow,
  action: ProfileAction,
  actorUserId: string | null,
  comment?: string,
) {
  const lookup = createOrganisationsLookup(tx);
  const link = `/profiles/${row.id}`;
  const others = <T extends { id: string }>(people: T[]) => people.filter((p) => p.id !== actorUserId);
  const owners = async () => {
    const members = await lookup.members(row.organisationId);
    const creator = row.createdBy ? await lookup.user(row.createdBy) : undefined;
    return others([...members, ...(creator?.isActive ? [creator] : [])]);
  };
  const options = { publicUrl: deps.publicUrl };
  if (action === 'submit') {
    const brokers = others(await createAccessRepository(tx).brokersOf(row.organisationId));
    await notify(
      tx,
      brokers,
      {
        kind: 'profile.submitted',
        title: `Profile to validate: ${row.title}`,
        body: `${row.reference ?? ''} was submitted for validation.`,
        link,
      },
      options,
    );
  } else if (action === 'return') {
    await notify(
      tx,
      await owners(),
      {
        kind: 'profile.returned',
        title: `Profile sent back: ${row.title}`,
        body: `The broker asks for changes: ${comment ?? ''}`,
        link,
      },
      options,
    );
  } else if (action === 'validate' || action === 'publish' || action === 'expire') {
    const verb = { validate: 'validated', publish: 'published', expire: 'expired' }[action];
    await notify(
      tx,
      await owners(),
      {
        kind: `profile.${verb}`,
        title: `Profile ${verb}: ${row.title}`,
        body: `${row.reference ?? ''} is now ${verb}.`,
        link,
      },
      options,
    );
  }
}

export async function transitionProfileView(
  deps: BrokerageDeps,
  actor: Actor,
  id: string,
  action: ProfileAction,
  comment?: string,
) {
  await transitionProfile(deps, actor, id, action, comment);
  return getProfile(deps, actor, id);
}

export type ProfileListInput = {
  q?: string | undefined;
  type?: ProfileType | undefined;
  country?: string | undefined;
  nace?: string | undefined;
  status?: ProfileStatus | undefined;
  organisation?: string | undefined;
  tech?: number | undefined;
  partnership?: PartnershipType | undefined;
  scope: 'all' | 'mine' | 'to_validate';
  limit: number;
  offset: number;
};

/** The search and paging parameters of a profile list, as the repository names them. */
function searchFilter(input: Omit<ProfileListInput, 'scope' | 'status' | 'organisation'>) {
  return {
    q: input.q,
    type: input.type,
    countryCode: input.country,
    nace: input.nace,
    techField: input.tech,
    partnershipType: input.partnership,
    limit: input.limit,
    offset: input.offset,
  };
}

export async function listProfiles(deps: BrokerageDeps, actor: Actor, input: ProfileListInput) {
  const memberOrganisations = actor.memberships.map((m) => m.organisationId);
  const mine = isAdmin(actor)
    ? undefined
    : isBroker(actor)
      ? sql`(${profileScopes.ofOrganisations(memberOrganisations)} or ${profileScopes.brokerClients(actor.userId)} or ${profileScopes.createdBy(actor.userId)})`
      : sql`(${profileScopes.ofOrganisations(memberOrganisations)} or ${profileScopes.createdBy(actor.userId)})`;
  const scope =
    input.scope === 'to_validate'
      ? {
          statuses: ['submitted'],
          condition: isAdmin(actor)
            ? undefined
            : isBroker(actor)
              ? profileScopes.inBrokerRegions(actor.userId)
              : sql`false`,
        }
      : input.scope === 'mine'
        ? { statuses: input.status ? [input.status] : undefined, condition: mine ?? sql`true` }
        : // Everyone sees published profiles; other statuses only where they may manage them.
          input.status && input.status !== 'published'
          ? { statuses: [input.status], condition: mine }
          : { statuses: ['published'], condition: undefined };
  const { rows, total } = await createProfilesRepository(deps.db).list({
    ...searchFilter(input),
    organisationId: input.organisation,
    statuses: scope.statuses,
    scope: scope.condition,
    limit: input.limit,
    offset: input.offset,
  });
  return { items: await profileSummaries(deps.db, rows), total };
}

// The anonymous listing

function publicView(
  row: ProfileRow,
  organisation: {
    countryCode: string;
    helixType: TPublicProfile['helixType'];
    sizeClass: TPublicProfile['sizeClass'];
  },
): TPublicProfile {
  return {
    ...commonFields(row),
    ...detailFields(row),
    countryCode: organisation.countryCode,
    helixType: organisation.helixType,
    sizeClass: organisation.sizeClass,
  };
}

export async function listPublicProfiles(
  deps: BrokerageDeps,
  input: Omit<ProfileListInput, 'scope' | 'status' | 'organisation'>,
) {
  const { rows, total } = await createProfilesRepository(deps.db).list({
    ...searchFilter(input),
    statuses: ['published'],
  });
  const refs = await loadRefs(deps.db, { organisations: rows.map((r) => r.organisationId), people: [] });
  return { items: rows.map((row) => publicView(row, must(refs.organisations, row.organisationId))), total };
}

export async function getPublicProfile(deps: BrokerageDeps, id: string): Promise<TPublicProfile> {
  const row = await createProfilesRepository(deps.db).findById(id);
  if (!row || row.status !== 'published') throw notFound(id);
  const refs = await loadRefs(deps.db, { organisations: [row.organisationId], people: [] });
  return publicView(row, must(refs.organisations, row.organisationId));
}

/** The daily job: expire published profiles past their expiry and remind owners 30 days before. */
export async function runProfileExpiry(deps: BrokerageDeps): Promise<{ expired: number; reminded: number }> {
  const now = deps.clock();
  const profiles = createProfilesRepository(deps.db);
  const expiring = await profiles.expiring(now);
  for (const row of expiring) await transitionProfile(deps, 'system', row.id, 'expire');
  const due = await profiles.renewalDue(new Date(now.getTime() + RENEWAL_REMINDER_DAYS * DAY_MS));
  for (const row of due) {
    await deps.db.transaction(async (tx) => {
      const lookup = createOrganisationsLookup(tx);
      const recipients = [
        ...(await lookup.members(row.organisationId)),
        ...(await createAccessRepository(tx).brokersOf(row.organisationId)),
      ];
      await notify(
        tx,
        recipients,
        {
          kind: 'profile.renewal_due',
          title: `Renew your profile: ${row.title}`,
          body: `${row.reference ?? 'Your profile'} expires on ${row.expiresAt ? isoDate(row.expiresAt) : 'soon'}. Renew it to keep it published for another 12 months.`,
          link: `/profiles/${row.id}`,
        },
        { publicUrl: deps.publicUrl },
      );
      await createProfilesRepository(tx).update(row.id, { renewalReminderSentAt: now }, row.updatedAt);
    });
  }
  return { expired: expiring.length, reminded: due.length };
}
