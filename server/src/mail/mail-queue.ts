/**
 * Mail is queued in the transaction that decides to send it and sent after commit, with retries: an
 * email never leaves for a change that was rolled back, and a failing SMTP server delays mail without
 * failing the request.
 */
import type { Knex } from 'knex';
import type { Logger, MailMessage } from '@portico/core';
import { inTenantTransaction } from '../db/tenant-transaction.js';
import type { MailTransport } from './transport.js';

/** Queues one message in the caller's transaction; resolves with its id in `outbound_mail`. */
export async function queueMail(trx: Knex.Transaction, tenantId: string, message: MailMessage): Promise<string> {
  const [row] = await trx('outbound_mail').insert({
    tenantId,
    kind: message.kind,
    toAddress: message.to,
    subject: message.subject,
    textBody: message.text,
    htmlBody: message.html ?? null,
    headers: message.headers ? JSON.stringify(message.headers) : null,
  }).returning('id');
  return row.id;
}

/** How long a claimed message is left to its sender before another may send it (a sender that died). */
export const SEND_LEASE_MS = 5 * 60_000;

export interface MailSenderOptions {
  knex: Knex;
  appRole: string;
  transport: MailTransport;
  from: string;
  log: Logger;
  maxAttempts: number;
  backoffMs: (attempt: number) => number;
}

export class MailSender {
  private running: Promise<void> = Promise.resolve();
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly options: MailSenderOptions) {}

  /** Retries what failed, every `intervalMs` (0: never; tests drain by hand). */
  start(intervalMs: number): void {
    if (intervalMs > 0 && !this.timer) {
      this.timer = setInterval(() => void this.drain().catch((err) => this.options.log.error({ err }, 'mail sweep failed')), intervalMs);
      this.timer.unref();
    }
  }

  kick(tenantId: string): void {
    if (this.stopped) return;
    this.running = this.running.then(() => this.sendDue(tenantId)).catch((err) => this.options.log.error({ err }, 'mail sending failed'));
  }

  /** Sends the tenant's due mail now and resolves once it was tried (the CLI, which does not stay running). */
  async flush(tenantId: string): Promise<void> {
    await this.running;
    await this.sendDue(tenantId);
  }

  async drain(): Promise<void> {
    await this.running;
    const tenants: { id: string }[] = await this.options.knex('tenants').select('id');
    for (const { id } of tenants) await this.sendDue(id);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
    this.options.transport.close();
  }

  private async sendDue(tenantId: string): Promise<void> {
    while (!this.stopped && (await this.sendOne(tenantId))) {
      /* next */
    }
  }

  /**
   * Claims one due message in a short transaction (its next attempt moves a lease ahead, so no other
   * sender takes it), talks to the transport with no transaction open, then records the outcome.
   * Holding a transaction through the SMTP conversation would hold a database connection for its
   * whole length — PGlite's only one — so every request behind it would wait for the mail server,
   * and how long a request takes would tell whether the one before it sent a mail (which addresses
   * have an account, after `POST /access/sign-in`). A process that dies mid-send leaves the message
   * pending: it is sent again once the lease ends, as it would have been had the send failed.
   */
  private async sendOne(tenantId: string): Promise<boolean> {
    const { knex, appRole, transport, from, log } = this.options;
    const mail = await inTenantTransaction(knex, appRole, tenantId, async (trx) => {
      const due = await trx('outbound_mail')
        .where({ status: 'pending' })
        .where('next_attempt_at', '<=', trx.fn.now())
        .orderBy('created_at')
        .forUpdate()
        .skipLocked()
        .first();
      if (due) await trx('outbound_mail').where({ id: due.id }).update({ nextAttemptAt: new Date(Date.now() + SEND_LEASE_MS) });
      return due;
    });
    if (!mail) return false;
    let outcome: { sent: true } | { sent: false; error: unknown };
    try {
      await transport.send({ from, to: mail.toAddress, subject: mail.subject, text: mail.textBody, html: mail.htmlBody ?? undefined, headers: mail.headers ?? undefined });
      outcome = { sent: true };
    } catch (error) {
      outcome = { sent: false, error };
    }
    await inTenantTransaction(knex, appRole, tenantId, async (trx) => {
      const attempts = mail.attempts + 1;
      if (outcome.sent) {
        await trx('outbound_mail').where({ id: mail.id }).update({ status: 'sent', sentAt: trx.fn.now(), attempts, lastError: null });
        return;
      }
      const failed = attempts >= this.options.maxAttempts;
      log.warn({ err: outcome.error, kind: mail.kind, attempts }, failed ? 'mail failed for good' : 'mail failed; will retry');
      await trx('outbound_mail').where({ id: mail.id }).update({
        status: failed ? 'failed' : 'pending',
        attempts,
        lastError: String((outcome.error as Error)?.message ?? outcome.error).slice(0, 2000),
        nextAttemptAt: new Date(Date.now() + this.options.backoffMs(attempts)),
      });
    });
    return true;
  }
}
