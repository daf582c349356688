import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { NotificationConfig } from '../../config.js';

// Email through an SMTP relay (SMTP_URL); without one, each message is written as an RFC 5322 `.eml` file under
// `${DATA_DIR}/mail/`, so `npm start` needs nothing and a developer can open what would have been sent.

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** Stable per notice and person: the Message-ID, so a resent message is recognisably the same one. */
  id: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  close(): void;
}

export function mailDir(dataDir: string): string {
  return join(dataDir, 'mail');
}

const messageId = (id: string) => `<${id}@threshold.invalid>`;

export function createMailer(config: NotificationConfig, dataDir: string): Mailer {
  const from = config.mailFrom;
  if (config.smtpUrl) {
    const transport = nodemailer.createTransport(config.smtpUrl);
    return {
      async send(mail) {
        await transport.sendMail({
          from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          messageId: messageId(mail.id),
        });
      },
      close: () => transport.close(),
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const dir = mailDir(dataDir);
  return {
    async send(mail) {
      const info = await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: messageId(mail.id),
      });
      await mkdir(dir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${mail.id}.eml`;
      await writeFile(join(dir, name), info.message as Buffer, { mode: 0o600 });
    },
    close: () => transport.close(),
  };
}
