import type { Db } from '../../../platform/db/client.ts';
import type { ErrorDetail } from '../../../platform/errors.ts';
import { classifySmeSize, createReferenceRepository, type HelixType } from '../../reference/index.ts';
import {
  checkRegistryId,
  checkVatNumber,
  registryIdFormatHint,
  vatFormatHint,
} from '../domain/registry-ids.ts';
import { AccountsError } from '../errors.ts';
import {
  canCreateOrganisation,
  canDeleteOrganisation,
  canEditOrganisation,
  canManageMembers,
} from '../policies.ts';
import type { Actor, MembershipRole } from '../domain/user.ts';
import { createAuditRepository } from '../infra/audit.repository.ts';
import { createOrganisationsRepository, type OrganisationFilter } from '../infra/organisations.repository.ts';
import { createUsersRepository } from '../infra/users.repository.ts';

type Maybe<T> = T | null | undefined;

export type OrganisationInput = {
  name: string;
  countryCode: string;
  nutsCode?: Maybe<string>;
  helixType: HelixType;
  website?: Maybe<string>;
  description?: string | undefined;
  legalName?: Maybe<string>;
  registryId?: Maybe<string>;
  vatNumber?: Maybe<string>;
  headcount?: Maybe<number>;
  turnoverEur?: Maybe<number>;
  balanceSheetEur?: Maybe<number>;
  foundingYear?: Maybe<number>;
  naceCodes?: string[] | undefined;
  techFields?: number[] | undefined;
  s3Domains?: string[] | undefined;
  languages?: string[] | undefined;
  exportShare?: Maybe<number>;
};

const notFound = (id: string) => new AccountsError('ORGANISATION_NOT_FOUND', `No organisation ${id}.`);

type RegistryFields = Pick<
  OrganisationInput,
  | 'countryCode'
  | 'nutsCode'
  | 'registryId'
  | 'vatNumber'
  | 'naceCodes'
  | 'headcount'
  | 'turnoverEur'
  | 'balanceSheetEur'
>;

/**
 * Checks the fields that depend on reference data or on each other: the country and region exist
 * and agree, NACE codes exist, the VAT number and registry id have the country's format.
 * Returns the normalised identifiers and the SME size class.
 */
async function checkRegistryFields(db: Db, input: RegistryFields) {
  const reference = createReferenceRepository(db);
  const details: ErrorDetail[] = [];
  if (!(await reference.findCountry(input.countryCode))) {
    details.push({ path: 'countryCode', message: `unknown country ${input.countryCode}` });
  }
  if (input.nutsCode) {
    const region = await reference.findNuts(input.nutsCode);
    if (!region) details.push({ path: 'nutsCode', message: `unknown NUTS 2021 region ${input.nutsCode}` });
    else if (region.countryCode !== input.countryCode) {
      details.push({ path: 'nutsCode', message: `${input.nutsCode} is not in ${input.countryCode}` });
    }
  }
  const unknownNace = await reference.unknownNaceCodes(input.naceCodes ?? []);
  for (const code of unknownNace) {
    details.push({
      path: `naceCodes.${input.naceCodes?.indexOf(code) ?? 0}`,
      message: `unknown NACE Rev.2 code ${code}`,
    });
  }
  const vat = input.vatNumber ? checkVatNumber(input.countryCode, input.vatNumber) : null;
  if (vat && !vat.ok)
    details.push({ path: 'vatNumber', message: `${vat.reason} (${vatFormatHint(input.countryCode)})` });
  const registry = input.registryId ? checkRegistryId(input.countryCode, input.registryId) : null;
  if (registry && !registry.ok)
    details.push({
      path: 'registryId',
      message: `${registry.reason} (${registryIdFormatHint(input.countryCode)})`,
    });
  if (details.length > 0) {
    throw new AccountsError(
      'UNKNOWN_REFERENCE',
      details.map((d) => `${d.path}: ${d.message}`).join('; '),
      details,
    );
  }
  return {
    vatNumber: vat?.ok ? vat.normalised : null,
    registryId: registry?.ok ? registry.normalised : null,
    sizeClass:
      input.headcount === null || input.headcount === undefined
        ? null
        : classifySmeSize({
            headcount: input.headcount,
            turnoverEur: input.turnoverEur ?? undefined,
            balanceSheetEur: input.balanceSheetEur ?? undefined,
          }),
  };
}

export async function listOrganisations(deps: { db: Db }, _actor: Actor, filter: OrganisationFilter) {
  return createOrganisationsRepository(deps.db).list(filter);
}

export async function getOrganisation(deps: { db: Db }, _actor: Actor, id: string) {
  const organisations = createOrganisationsRepository(deps.db);
  const found = await organisations.findById(id);
  if (!found) throw notFound(id);
  return { ...found, members: await organisations.members(id) };
}

export async function createOrganisation(
  deps: { db: Db },
  actor: Actor | 'system',
  input: OrganisationInput & { isDemo?: boolean },
) {
  if (actor !== 'system' && !canCreateOrganisation(actor)) {
    throw new AccountsError(
      'NOT_ALLOWED',
      'You already belong to an organisation; ask a broker or administrator to register another.',
    );
  }
  const actorUserId = actor === 'system' ? null : actor.userId;
  return deps.db.transaction(async (tx) => {
    const checked = await checkRegistryFields(tx, input);
    const created = await createOrganisationsRepository(tx).insert({
      ...input,
      ...checked,
      nutsCode: input.nutsCode ?? null,
      website: input.website ?? null,
      createdBy: actorUserId,
    });
    // A member who registers their own organisation manages it.
    if (actor !== 'system' && actor.role === 'member') {
      await createUsersRepository(tx).addMembership(actor.userId, created.id, 'manager');
    }
    await createAuditRepository(tx).record({
      actorUserId,
      action: 'organisation.create',
      targetType: 'organisation',
      targetId: created.id,
      details: { name: created.name },
    });
    return created;
  });
}

export async function updateOrganisation(
  deps: { db: Db },
  actor: Actor,
  id: string,
  changes: Partial<OrganisationInput>,
) {
  return deps.db.transaction(async (tx) => {
    const organisations = createOrganisationsRepository(tx);
    const found = await organisations.findById(id);
    if (!found) throw notFound(id);
    if (!canEditOrganisation(actor, found.organisation)) {
      throw new AccountsError(
        'NOT_ALLOWED',
        'Only its managers, the brokers who registered it or serve its region, and administrators can change this organisation.',
      );
    }
    const current = found.organisation;
    const pick = <K extends keyof RegistryFields>(key: K) =>
      changes[key] === undefined ? current[key] : changes[key];
    const merged = {
      countryCode: changes.countryCode ?? current.countryCode,
      nutsCode: pick('nutsCode'),
      registryId: pick('registryId'),
      vatNumber: pick('vatNumber'),
      naceCodes: changes.naceCodes ?? [],
      headcount: pick('headcount'),
      turnoverEur: pick('turnoverEur'),
      balanceSheetEur: pick('balanceSheetEur'),
    };
    const checked = await checkRegistryFields(tx, merged);
    const updated = await organisations.update(id, {
      ...changes,
      ...checked,
      countryCode: merged.countryCode,
      nutsCode: merged.nutsCode,
    });
    await createAuditRepository(tx).record({
      actorUserId: actor.userId,
      action: 'organisation.update',
      targetType: 'organisation',
      targetId: id,
      details: { changes },
    });
    return updated;
  });
}

export async function deleteOrganisation(deps: { db: Db }, actor: Actor, id: string) {
  if (!canDeleteOrganisation(actor))
    throw new AccountsError('NOT_ALLOWED', 'Only administrators can delete organisations.');
  await deps.db.transaction(async (tx) => {
    const found = await createOrganisationsRepository(tx).findById(id);
    if (!found) throw notFound(id);
    await createOrganisationsRepository(tx).delete(id);
    await createAuditRepository(tx).record({
      actorUserId: actor.userId,
      action: 'organisation.delete',
      targetType: 'organisation',
      targetId: id,
      details: { name: found.organisation.name },
    });
  });
}

export async function setMembership(
  deps: { db: Db },
  actor: Actor,
  organisationId: string,
  member: { userId: string; role: MembershipRole },
) {
  await deps.db.transaction(async (tx) => {
    const found = await createOrganisationsRepository(tx).findById(organisationId);
    if (!found) throw notFound(organisationId);
    if (!canManageMembers(actor, found.organisation)) {
      throw new AccountsError(
        'NOT_ALLOWED',
        'Only managers and administrators can change the members of this organisation.',
      );
    }
    const users = createUsersRepository(tx);
    if (!(await users.findById(member.userId))) {
      throw new AccountsError('USER_NOT_FOUND', `No user ${member.userId}.`, [
        { path: 'userId', message: 'does not exist' },
      ]);
    }
    await users.addMembership(member.userId, organisationId, member.role);
    await createAuditRepository(tx).record({
      actorUserId: actor.userId,
      action: 'membership.set',
      targetType: 'organisation',
      targetId: organisationId,
      details: member,
    });
  });
}

export async function removeMembership(
  deps: { db: Db },
  actor: Actor,
  organisationId: string,
  userId: string,
) {
  await deps.db.transaction(async (tx) => {
    const found = await createOrganisationsRepository(tx).findById(organisationId);
    if (!found) throw notFound(organisationId);
    if (!canManageMembers(actor, found.organisation)) {
      throw new AccountsError(
        'NOT_ALLOWED',
        'Only managers and administrators can change the members of this organisation.',
      );
    }
    if (!(await createUsersRepository(tx).removeMembership(userId, organisationId))) {
      throw new AccountsError('USER_NOT_FOUND', `User ${userId} is not a member of this organisation.`);
    }
    await createAuditRepository(tx).record({
      actorUserId: actor.userId,
      action: 'membership.remove',
      targetType: 'organisation',
      targetId: organisationId,
      details: { userId },
    });
  });
}
