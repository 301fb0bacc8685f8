import type { Clock } from '../../../platform/clock.ts';
import type { Db } from '../../../platform/db/client.ts';
import { createOutboxRepository } from '../infra/outbox.repository.ts';

export type MailSender = (message: { to: string; subject: string; text: string }) => Promise<void>;

/** Sends pending outbox messages; a failure is recorded on the message and retried on the next run. */
export async function deliverOutbox(deps: { db: Db; clock: Clock; send: MailSender }, batchSize = 50) {
  const outbox = createOutboxRepository(deps.db);
  let sent = 0;
  let failed = 0;
  for (const message of await outbox.pending(batchSize)) {
    try {
      await deps.send({ to: message.to, subject: message.subject, text: message.body });
      await outbox.markSent(message.id, deps.clock());
      sent++;
    } catch (error) {
      await outbox.markFailed(message.id, error instanceof Error ? error.message : String(error));
      failed++;
    }
  }
  return { sent, failed };
}
