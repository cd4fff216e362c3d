/**
 * What the end-to-end tests run against: the real Portico demo (every default plugin, the demo
 * tenant, a fresh embedded database in a temp folder), optionally sending its mail to a real SMTP
 * server in this process, and optionally Northwind's host site on another origin.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startPorticoDemo, type PorticoDemo } from '../../examples/host-site/portico-demo.js';
import { startHostSite, type HostSite } from '../../examples/host-site/server.js';
import { startMailCatcher, type CaughtMail, type MailCatcher } from '@portico/testing';

export interface Stack {
  portico: PorticoDemo;
  mail: MailCatcher | null;
  host: HostSite | null;
  close(): Promise<void>;
}

export async function startStack(options: { mail?: boolean; hostSite?: boolean }): Promise<Stack> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portico-e2e-'));
  const mail = options.mail ? await startMailCatcher() : null;
  const porticoPort = await freePort();
  const host = options.hostSite ? await startHostSite({ port: 0, porticoUrl: `http://localhost:${porticoPort}` }) : null;
  const portico = await startPorticoDemo({
    port: porticoPort,
    dataDir,
    smtpUrl: mail?.url,
    embedOrigin: host?.origin,
    logLevel: process.env.LOG_LEVEL ?? 'silent',
  });
  host?.setApiKey(portico.apiKey);
  return {
    portico,
    mail,
    host,
    async close() {
      await host?.close();
      await portico.close();
      await mail?.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Waits for the newest message to `address` (mail leaves through the event outbox, a moment later).
 * `after`: a message already seen, so that a second request waits for its own email.
 */
export async function waitForMail(mail: MailCatcher, address: string, options: { after?: CaughtMail; timeoutMs?: number } = {}) {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const until = Date.now() + timeoutMs;
  for (;;) {
    const message = mail.lastTo(address);
    if (message && message !== options.after) return message;
    if (Date.now() > until) throw new Error(`No new mail to ${address} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
