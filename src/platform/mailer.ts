import nodemailer from 'nodemailer';

export type Mail = { to: string; subject: string; text: string };

/** An SMTP sender for SMTP_URL (smtp://user:pass@host:port or smtps://…). */
export function createSmtpSender(smtpUrl: string, from: string): (mail: Mail) => Promise<void> {
  const transport = nodemailer.createTransport(smtpUrl);
  return async (mail) => {
    await transport.sendMail({ from, ...mail });
  };
}
