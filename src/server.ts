import { buildApp } from './app.ts';
import { openPreparedDatabase } from './bootstrap.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/demo-data.ts';
import { deliverOutbox } from './modules/accounts/index.ts';
import { runDailyJobs } from './modules/brokerage/index.ts';
import { runMatchDigest } from './modules/matching/index.ts';
import { systemClock } from './platform/clock.ts';
import { ConfigError, loadConfig } from './platform/config.ts';
import { DatabaseLockedError } from './platform/db/lock.ts';
import { createSmtpSender } from './platform/mailer.ts';

const OUTBOX_INTERVAL_MS = 30_000;
/** Follow-up reminders and profile expiry; each reminder goes out once, so running hourly is safe. */
const BROKERAGE_JOBS_INTERVAL_MS = 60 * 60 * 1000;
const MATCH_DIGEST_INTERVAL_MS = 24 * 60 * 60 * 1000;

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openPreparedDatabase(config, { purpose: 'the GoSmart server', isSeeding: true });
  const app = await buildApp({ database, config });

  let outboxTimer: NodeJS.Timeout | undefined;
  if (config.smtpUrl) {
    const send = createSmtpSender(config.smtpUrl, config.mailFrom);
    const deliver = () =>
      deliverOutbox({ db: database.db, clock: systemClock, send }).catch((error: unknown) =>
        app.log.error({ err: error }, 'outbox delivery failed'),
      );
    outboxTimer = setInterval(() => void deliver(), OUTBOX_INTERVAL_MS);
  }

  const runJobs = () =>
    runDailyJobs({ db: database.db, clock: systemClock, publicUrl: config.publicUrl })
      .then((result) => app.log.info(result, 'brokerage jobs done'))
      .catch((error: unknown) => app.log.error({ err: error }, 'brokerage jobs failed'));
  const jobsTimer = setInterval(() => void runJobs(), BROKERAGE_JOBS_INTERVAL_MS);
  const runDigest = () =>
    runMatchDigest({ db: database.db, clock: systemClock, publicUrl: config.publicUrl })
      .then((result) => app.log.info(result, 'match digest sent'))
      .catch((error: unknown) => app.log.error({ err: error }, 'match digest failed'));
  const digestTimer = setInterval(() => void runDigest(), MATCH_DIGEST_INTERVAL_MS);

  const shutdown = async (signal: string) => {
    app.log.info(`${signal}: shutting down`);
    clearInterval(outboxTimer);
    clearInterval(jobsTimer);
    clearInterval(digestTimer);
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  void runJobs().then(runDigest);
  // With PORT=0 the system picks the port; show the real one.
  const address = app.server.address();
  const url =
    config.port === 0 && typeof address === 'object' && address
      ? config.publicUrl.replace(/:0$/, `:${address.port}`)
      : config.publicUrl;
  const lines = [
    '',
    `GoSmart is running at ${url}  (API docs: ${url}/api/docs)`,
    `Database: ${database.kind} ${database.location}${database.seeded ? ' — demo data seeded' : ''}`,
  ];
  if (config.demoSeed) {
    lines.push(`Demo accounts (password "${DEMO_PASSWORD}"):`);
    for (const account of DEMO_ACCOUNTS)
      lines.push(`  ${account.email.padEnd(28)} ${account.role.padEnd(8)} ${account.name}`);
  }
  if (!config.smtpUrl)
    lines.push('Mail: no SMTP_URL set; outgoing mail waits in the outbox (Admin → Outbox).');
  console.log(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatabaseLockedError) {
    console.error(error.message);
  } else if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    console.error(`Port already in use: ${error.message}. Set PORT to another port.`);
  } else {
    console.error('GoSmart could not start:', error);
  }
  process.exit(1);
});
