import type { Db } from '../../../platform/db/client.ts';
import { createAuditRepository, type Actor } from '../../accounts/index.ts';
import type { TPartnershipRequest, TPartnershipResponse } from '../contract.ts';
import type { PartnershipOutcomeType } from '../domain/codes.ts';
import { BrokerageError } from '../errors.ts';
import { createCasesRepository } from '../infra/cases.repository.ts';
import {
  createInterestsRepository,
  createPartnershipsRepository,
  createReferralsRepository,
} from '../infra/network.repository.ts';
import { createOrganisationsLookup } from '../infra/organisations.lookup.ts';
import { createProfilesRepository } from '../infra/profiles.repository.ts';
import { loadRefs, must, personOrNull } from '../infra/refs.repository.ts';
import { canReadAllPartnerships, isAdmin, isBroker, isMemberOf } from '../policies.ts';
import type { BrokerageDeps } from './deps.ts';
import { MAX_ATTACHMENT_BYTES } from './cases.ts';

type Listed = Awaited<ReturnType<ReturnType<typeof createPartnershipsRepository>['list']>>['rows'][number];

const notFound = (id: string) => new BrokerageError('NOT_FOUND', `No partnership ${id}.`);

async function partnershipViews(db: Db, rows: Listed[]): Promise<TPartnershipResponse[]> {
  const parties = await createPartnershipsRepository(db).parties(rows.map((r) => r.id));
  const profiles = createProfilesRepository(db);
  const profileRows = await Promise.all(
    rows.map((r) => (r.profileId ? profiles.findById(r.profileId) : undefined)),
  );
  const refs = await loadRefs(db, {
    organisations: parties.map((p) => p.organisationId),
    people: rows.map((r) => r.createdBy),
  });
  return rows.map((row, index) => {
    const partyRefs = parties
      .filter((p) => p.partnershipId === row.id)
      .map((p) => must(refs.organisations, p.organisationId));
    const profile = profileRows[index];
    return {
      id: row.id,
      type: row.type as PartnershipOutcomeType,
      title: row.title,
      description: row.description,
      agreedOn: row.agreedOn,
      parties: partyRefs.sort((a, b) => a.name.localeCompare(b.name)),
      isCrossBorder: new Set(partyRefs.map((p) => p.countryCode)).size > 1,
      caseId: row.caseId,
      profile: profile ? { id: profile.id, reference: profile.reference, title: profile.title } : null,
      referralId: row.referralId,
      interestId: row.interestId,
      evidenceText: row.evidenceText,
      evidenceFile:
        row.evidenceFileName && row.evidenceMediaType
          ? {
              fileName: row.evidenceFileName,
              mediaType: row.evidenceMediaType,
              size: Number(row.evidenceSize ?? 0),
            }
          : null,
      createdBy: personOrNull(refs.people, row.createdBy),
      isDemo: row.isDemo,
      createdAt: row.createdAt.toISOString(),
    };
  });
}

export type PartnershipListInput = {
  organisation?: string | undefined;
  type?: PartnershipOutcomeType | undefined;
  country?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
};

export async function listPartnerships(deps: BrokerageDeps, actor: Actor, input: PartnershipListInput) {
  const own = actor.memberships.map((m) => m.organisationId);
  const organisationIds = canReadAllPartnerships(actor)
    ? input.organisation
      ? [input.organisation]
      : undefined
    : input.organisation
      ? own.filter((id) => id === input.organisation)
      : own;
  const { rows, total } = await createPartnershipsRepository(deps.db).list({
    ...input,
    organisationIds,
    countryCode: input.country,
  });
  return { items: await partnershipViews(deps.db, rows), total };
}

async function readable(deps: BrokerageDeps, actor: Actor, id: string) {
  const repository = createPartnershipsRepository(deps.db);
  const found = await repository.findById(id);
  if (!found) throw notFound(id);
  const parties = await repository.parties([id]);
  if (!canReadAllPartnerships(actor) && !parties.some((p) => isMemberOf(actor, p.organisationId)))
    throw notFound(id);
  return { found, parties };
}

export async function getPartnership(
  deps: BrokerageDeps,
  actor: Actor,
  id: string,
): Promise<TPartnershipResponse> {
  const { found } = await readable(deps, actor, id);
  const evidenceSize = found.evidenceContent ? found.evidenceContent.length : null;
  const [view] = await partnershipViews(deps.db, [{ ...found, evidenceSize }]);
  return view as TPartnershipResponse;
}

export async function getPartnershipEvidence(deps: BrokerageDeps, actor: Actor, id: string) {
  const { found } = await readable(deps, actor, id);
  if (!found.evidenceContent || !found.evidenceFileName)
    throw new BrokerageError('NOT_FOUND', 'This partnership has no evidence file.');
  return {
    fileName: found.evidenceFileName,
    mediaType: found.evidenceMediaType ?? 'application/octet-stream',
    content: found.evidenceContent,
  };
}

/** Records an outcome: brokers and admins for anyone; other users only for partnerships of their own organisation. */
export async function recordPartnership(
  deps: BrokerageDeps,
  actor: Actor | 'system',
  input: TPartnershipRequest & { isDemo?: boolean },
) {
  if (
    actor !== 'system' &&
    !isAdmin(actor) &&
    !isBroker(actor) &&
    !input.partyIds.some((id) => isMemberOf(actor, id))
  ) {
    throw new BrokerageError('NOT_ALLOWED', 'You can record partnerships of your own organisation only.', [
      { path: 'partyIds', message: 'must include your organisation' },
    ]);
  }
  return deps.db.transaction(async (tx) => {
    const lookup = createOrganisationsLookup(tx);
    const details = [];
    for (const [index, id] of input.partyIds.entries()) {
      if (!(await lookup.exists(id))) details.push({ path: `partyIds.${index}`, message: 'does not exist' });
    }
    if (input.caseId && !(await createCasesRepository(tx).findById(input.caseId)))
      details.push({ path: 'caseId', message: 'does not exist' });
    if (input.profileId && !(await createProfilesRepository(tx).findById(input.profileId)))
      details.push({ path: 'profileId', message: 'does not exist' });
    if (input.referralId && !(await createReferralsRepository(tx).findById(input.referralId)))
      details.push({ path: 'referralId', message: 'does not exist' });
    if (input.interestId && !(await createInterestsRepository(tx).findById(input.interestId)))
      details.push({ path: 'interestId', message: 'does not exist' });
    if (details.length > 0)
      throw new BrokerageError(
        'INVALID_REFERENCE',
        details.map((d) => `${d.path}: ${d.message}`).join('; '),
        details,
      );
    const actorUserId = actor === 'system' ? null : actor.userId;
    const repository = createPartnershipsRepository(tx);
    const created = await repository.insert({
      type: input.type,
      title: input.title,
      description: input.description ?? '',
      agreedOn: input.agreedOn,
      caseId: input.caseId ?? null,
      profileId: input.profileId ?? null,
      referralId: input.referralId ?? null,
      interestId: input.interestId ?? null,
      evidenceText: input.evidenceText ?? '',
      isDemo: input.isDemo ?? false,
      createdBy: actorUserId,
    });
    await repository.addParties(created.id, input.partyIds);
    await createAuditRepository(tx).record({
      actorUserId,
      action: 'partnership.record',
      targetType: 'partnership',
      targetId: created.id,
      details: { type: input.type, partyIds: input.partyIds },
    });
    return created;
  });
}

export async function attachPartnershipEvidence(
  deps: BrokerageDeps,
  actor: Actor,
  id: string,
  file: { fileName: string; mediaType: string; content: Buffer },
) {
  if (file.content.length === 0)
    throw new BrokerageError('INVALID_INPUT', 'The file is empty.', [{ path: 'body', message: 'is empty' }]);
  if (file.content.length > MAX_ATTACHMENT_BYTES)
    throw new BrokerageError('FILE_TOO_LARGE', 'Evidence files are limited to 10 MB.', [
      { path: 'body', message: 'is too large' },
    ]);
  await deps.db.transaction(async (tx) => {
    const { found, parties } = await readable({ ...deps, db: tx }, actor, id);
    const canChange =
      isAdmin(actor) ||
      isBroker(actor) ||
      found.createdBy === actor.userId ||
      parties.some((p) => isMemberOf(actor, p.organisationId));
    if (!canChange)
      throw new BrokerageError(
        'NOT_ALLOWED',
        'Only brokers, administrators and the parties can add evidence.',
      );
    await createPartnershipsRepository(tx).update(id, {
      evidenceFileName: file.fileName,
      evidenceMediaType: file.mediaType,
      evidenceContent: file.content,
    });
    await createAuditRepository(tx).record({
      actorUserId: actor.userId,
      action: 'partnership.evidence',
      targetType: 'partnership',
      targetId: id,
      details: { fileName: file.fileName, size: file.content.length },
    });
  });
  return getPartnership(deps, actor, id);
}
