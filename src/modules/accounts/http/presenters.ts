import type { TOrganisationResponse, TUserResponse } from '../contract.ts';
import { isLanguage, isRole, type Actor, type MembershipRole } from '../domain/user.ts';
import type { OrganisationRow } from '../infra/organisations.repository.ts';
import type { UserRow } from '../infra/users.repository.ts';
import { canEditOrganisation } from '../policies.ts';
import { isSmeSizeClass, type HelixType } from '../../reference/index.ts';

export function presentUser(
  row: UserRow,
  memberships: { organisationId: string; organisationName: string; role: string }[],
): TUserResponse {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: isRole(row.role) ? row.role : 'member',
    preferredLanguage: isLanguage(row.preferredLanguage) ? row.preferredLanguage : 'en',
    isActive: row.isActive,
    isDemo: row.isDemo,
    hasPassword: row.passwordHash !== null,
    createdAt: row.createdAt.toISOString(),
    memberships: memberships.map((m) => ({
      organisationId: m.organisationId,
      organisationName: m.organisationName,
      role: m.role as MembershipRole,
    })),
  };
}

export function presentOrganisation(
  actor: Actor,
  organisation: OrganisationRow,
  regionName: string | null,
): TOrganisationResponse {
  return {
    id: organisation.id,
    name: organisation.name,
    countryCode: organisation.countryCode,
    nutsCode: organisation.nutsCode,
    regionName,
    helixType: organisation.helixType as HelixType,
    website: organisation.website,
    description: organisation.description,
    legalName: organisation.legalName,
    registryId: organisation.registryId,
    vatNumber: organisation.vatNumber,
    headcount: organisation.headcount,
    turnoverEur: organisation.turnoverEur,
    balanceSheetEur: organisation.balanceSheetEur,
    sizeClass: isSmeSizeClass(organisation.sizeClass) ? organisation.sizeClass : null,
    foundingYear: organisation.foundingYear,
    naceCodes: organisation.naceCodes,
    techFields: organisation.techFields,
    s3Domains: organisation.s3Domains,
    languages: organisation.languages,
    exportShare: organisation.exportShare,
    isDemo: organisation.isDemo,
    createdAt: organisation.createdAt.toISOString(),
    updatedAt: organisation.updatedAt.toISOString(),
    canEdit: canEditOrganisation(actor, organisation),
  };
}
