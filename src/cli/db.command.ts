import { Command } from 'commander';
import { seedDemo } from '../demo/seed-demo.ts';
import { migrationStatus } from '../platform/db/migrations.ts';
import { createUsersRepository } from '../modules/accounts/infra/users.repository.ts';
import { DEMO_PASSWORD } from '../demo/demo-data.ts';
import { withDatabase } from './context.ts';
import { formatOption, printRows, type Format } from './output.ts';

export function dbCommand(): Command {
  const db = new Command('db').description('database: migrations, status and demo data');

  db.command('migrate')
    .description('apply pending migrations and load the reference classifications')
    .action(async () => {
      await withDatabase(async (database) => {
        console.log(`Database ${database.kind} ${database.location} is up to date.`);
      });
    });

  db.command('status')
    .description('list migrations and whether each is applied (does not migrate)')
    .addOption(formatOption())
    .action(async (options: { format: Format }) => {
      await withDatabase(
        async (database) => {
          const status = await migrationStatus(database);
          printRows(
            status.map((m) => ({
              migration: m.name,
              created: m.createdAt.toISOString(),
              status: m.isApplied ? 'applied' : 'pending',
            })),
            ['migration', 'created', 'status'],
            options.format,
          );
          if (options.format === 'table') {
            const pending = status.filter((m) => !m.isApplied).length;
            console.log(
              `\n${database.kind} ${database.location}: ${status.length - pending} applied, ${pending} pending`,
            );
          }
        },
        { isPreparing: false },
      );
    });

  db.command('seed')
    .description('load the demo data (GoSmart BSR partners and demo accounts) unless it is already there')
    .action(async () => {
      await withDatabase(async (database) => {
        const accounts = createUsersRepository(database.db);
        if ((await accounts.countDemo()) > 0) {
          console.log('Demo data is already present; nothing to do.');
          return;
        }
        const seeded = await seedDemo(database.db);
        console.log(
          `Seeded ${seeded.organisations} organisations, ${seeded.users} demo accounts (password "${DEMO_PASSWORD}"), ${seeded.datasets} Eurostat datasets, ` +
            `${seeded.cases} cases, ${seeded.profiles} cooperation profiles, ${seeded.interests} expressions of interest, ${seeded.referrals} referrals and ${seeded.partnerships} partnerships.`,
        );
        console.log(`Users in the database: ${await accounts.countAll()}`);
      });
    });
  return db;
}
