/**
 * A real SMTP server, in-process on 127.0.0.1, that keeps what it receives: the access tests read
 * sign-in links out of real messages sent by nodemailer.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export interface CaughtMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Every header as it came, by lower-case name (e.g. `list-unsubscribe`). */
  headers: Record<string, string>;
}

export interface MailCatcher {
  url: string;
  messages: CaughtMail[];
  /** The newest message to an address. */
  lastTo(address: string): CaughtMail | undefined;
  close(): Promise<void>;
}

export async function startMailCatcher(): Promise<MailCatcher> {
  const messages: CaughtMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    async onData(stream, _session, callback) {
      try {
        const parsed = await simpleParser(stream);
        const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
        const headers = Object.fromEntries(parsed.headerLines.map(({ key, line }) => [key, line.slice(line.indexOf(':') + 1).trim()]));
        messages.push({ to: to?.value[0]?.address ?? '', subject: parsed.subject ?? '', text: parsed.text ?? '', html: typeof parsed.html === 'string' ? parsed.html : '', headers });
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    lastTo: (address) => [...messages].reverse().find((m) => m.to.toLowerCase() === address.toLowerCase()),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The sign-in link and code of a sign-in email. */
export function linkAndCode(mail: CaughtMail): { url: string; token: string; code: string } {
  const url = /https?:\/\/\S+\/sign-in\/link\?token=\S+/.exec(mail.text)?.[0];
  const code = /\b(\d{6})\b/.exec(mail.text)?.[1];
  if (!url || !code) throw new Error(`No link or code in: ${mail.text}`);
  return { url, token: decodeURIComponent(new URL(url).searchParams.get('token')!), code };
}
