import { randomBytes } from 'node:crypto';
import type { Db } from '../src/platform/db/client.ts';
import {
  createOrganisation,
  createUser,
  hashPassword,
  type OrganisationInput,
  type Role,
} from '../src/modules/accounts/index.ts';

export const TEST_PASSWORD = 'correct-horse-battery';
let testPasswordHash: Promise<string> | undefined;
const unique = () => randomBytes(4).toString('hex');

/** An organisation in Podlaskie unless told otherwise. */
export async function buildOrganisation(db: Db, overrides: Partial<OrganisationInput> = {}) {
  return createOrganisation({ db }, 'system', {
    name: `Test Organisation ${unique()}`,
    countryCode: 'PL',
    nutsCode: 'PL84',
    helixType: 'industry',
    ...overrides,
  });
}

/** A user with TEST_PASSWORD; `organisation: true` creates an organisation for them first. */
export async function buildUser(
  db: Db,
  overrides: {
    role?: Role;
    email?: string;
    name?: string;
    organisationId?: string;
    membershipRole?: 'manager' | 'member';
    organisation?: boolean;
  } = {},
) {
  const organisationId =
    overrides.organisationId ?? (overrides.organisation ? (await buildOrganisation(db)).id : undefined);
  // scrypt is slow by design: hash the shared test password once per test file.
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  const { user } = await createUser({ db }, 'system', {
    email: overrides.email ?? `user-${unique()}@test.example`,
    name: overrides.name ?? 'Test User',
    role: overrides.role ?? 'member',
    passwordHash: await testPasswordHash,
    organisationId,
    membershipRole: overrides.membershipRole,
  });
  return user;
}
