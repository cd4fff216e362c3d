/**
 * Where mail goes. With SMTP_URL, nodemailer sends it over SMTP. Without it (the demo), nothing is
 * sent: each message is logged, and stays readable in the `outbound_mail` table (the dev outbox).
 */
import nodemailer from 'nodemailer';
import type { Logger } from '@portico/core';

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
}

export interface MailTransport {
  kind: 'smtp' | 'log';
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** An unsent email as a reader wants it on the terminal: who, what, and the links to follow. */
export function unsentMailLines(mail: Pick<OutgoingMail, 'to' | 'subject' | 'text'>): string[] {
  const links = [...new Set(mail.text.match(/https?:\/\/[^\s<>"')]+/g) ?? [])];
  return [`Email to ${mail.to} (not sent: SMTP_URL is not set): ${mail.subject}`, ...links.map((link) => `  ${link}`)];
}

export function createMailTransport(smtpUrl: string | null, log: Logger, print?: (line: string) => void): MailTransport {
  if (!smtpUrl) {
    return {
      kind: 'log',
      async send(mail) {
        log.info({ to: mail.to, subject: mail.subject, text: mail.text }, 'mail (not sent: SMTP_URL is not set)');
        if (print) for (const line of unsentMailLines(mail)) print(line);
      },
      close() {},
    };
  }
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    kind: 'smtp',
    async send(mail) {
      await transporter.sendMail(mail);
    },
    close: () => transporter.close(),
  };
}
