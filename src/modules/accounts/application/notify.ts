import type { Db } from '../../../platform/db/client.ts';
import { createNotificationsRepository } from '../infra/notifications.repository.ts';
import { createOutboxRepository } from '../infra/outbox.repository.ts';

export type Notice = {
  kind: string;
  title: string;
  body: string;
  /** Path in the web app, e.g. /cases/<id>. */
  link: string | null;
};

/**
 * Tells users about something in the app and by e-mail (through the outbox, so nothing is lost
 * without a mail server). Runs in the caller's transaction: the notice exists only if the change does.
 */
export async function notify(
  db: Db,
  recipients: { id: string; email: string }[],
  notice: Notice,
  options: { publicUrl: string },
): Promise<void> {
  const seen = new Set<string>();
  for (const recipient of recipients) {
    if (seen.has(recipient.id)) continue;
    seen.add(recipient.id);
    await createNotificationsRepository(db).insert({ userId: recipient.id, ...notice });
    await createOutboxRepository(db).enqueue({
      to: recipient.email,
      subject: `[GoSmart] ${notice.title}`,
      body: `${notice.body}\n\n${notice.link ? `${options.publicUrl.replace(/\/$/, '')}${notice.link}\n\n` : ''}— GoSmart`,
    });
  }
}
