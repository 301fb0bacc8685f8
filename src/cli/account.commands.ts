import { Command, Option } from 'commander';
import { z } from 'zod';
import { actorForUser, createAccessToken, createUser, ROLES, type Role } from '../modules/accounts/index.ts';
import { createUsersRepository } from '../modules/accounts/infra/users.repository.ts';
import { CliError, withDatabase } from './context.ts';
import { formatOption, printObject, printRows, type Format } from './output.ts';

const ZEmail = z.email();
const ZUuid = z.uuid();

function parseEmail(value: string): string {
  if (!ZEmail.safeParse(value.trim()).success)
    throw new CliError(`--email: "${value}" is not an e-mail address`);
  return value.trim().toLowerCase();
}

export function userCommand(): Command {
  const user = new Command('user').description('user accounts');

  user
    .command('create')
    .description('create a user; prints a generated password when --password is not given')
    .requiredOption('--email <email>', 'e-mail address (the login)')
    .addOption(new Option('--role <role>', 'role').choices(ROLES).makeOptionMandatory())
    .option('--password <password>', 'password (at least 10 characters)')
    .option('--name <name>', 'display name (default: the part of the e-mail before @)')
    .option('--org <organisationId>', 'make the user a member of this organisation (UUID)')
    .addOption(formatOption())
    .action(
      async (options: {
        email: string;
        role: Role;
        password?: string;
        name?: string;
        org?: string;
        format: Format;
      }) => {
        const email = parseEmail(options.email);
        if (options.org !== undefined && !ZUuid.safeParse(options.org).success) {
          throw new CliError(`--org: "${options.org}" is not an organisation id (UUID)`);
        }
        await withDatabase(async (database) => {
          const { user: created, generatedPassword } = await createUser({ db: database.db }, 'system', {
            email,
            role: options.role,
            password: options.password,
            name: options.name,
            organisationId: options.org,
          });
          printObject(
            {
              id: created.id,
              email: created.email,
              role: created.role,
              ...(generatedPassword ? { password: generatedPassword } : {}),
            },
            options.format,
          );
        });
      },
    );

  user
    .command('list')
    .description('list users')
    .addOption(new Option('--role <role>', 'only this role').choices(ROLES))
    .addOption(formatOption())
    .action(async (options: { role?: Role; format: Format }) => {
      await withDatabase(async (database) => {
        const { rows } = await createUsersRepository(database.db).list({
          role: options.role,
          limit: 100_000,
          offset: 0,
        });
        printRows(
          rows.map((row) => ({
            id: row.id,
            email: row.email,
            name: row.name,
            role: row.role,
            language: row.preferredLanguage,
            active: row.isActive,
          })),
          ['id', 'email', 'name', 'role', 'language', 'active'],
          options.format,
        );
      });
    });

  return user;
}

export function tokenCommand(): Command {
  const token = new Command('token').description('personal access tokens for scripts');

  token
    .command('create')
    .description('create a personal access token for a user and print it (it is shown only once)')
    .requiredOption('--email <email>', "the token owner's e-mail")
    .requiredOption('--name <name>', 'what the token is for, e.g. "nightly import"')
    .addOption(formatOption())
    .action(async (options: { email: string; name: string; format: Format }) => {
      const email = parseEmail(options.email);
      await withDatabase(async (database) => {
        const owner = await createUsersRepository(database.db).findByEmail(email);
        const actor = owner && (await actorForUser(database.db, owner.id, 'cli'));
        if (!actor) throw new CliError(`--email: no active user ${email}`);
        const { row, token: secret } = await createAccessToken({ db: database.db }, actor, options.name);
        if (options.format === 'table') console.log(secret);
        else printObject({ id: row.id, name: row.name, token: secret }, options.format);
      });
    });

  return token;
}
