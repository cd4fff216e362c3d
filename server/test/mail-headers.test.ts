/**
 * A mail a plugin queues with headers of its own (a notification's one-click unsubscribe, RFC 8058)
 * reaches the SMTP server with them.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { definePlugin, defineRoute, Type } from '@portico/core';
import { startHarness, startMailCatcher, type Harness, type MailCatcher, type TestTenant } from '@portico/testing';

const mailer = definePlugin({
  id: 'mailer',
  version: '0.0.0',
  audit: { actions: { 'mailer.mail.sent': { en: 'Mail sent', fr: 'Courriel envoyé', es: 'Correo enviado' } } },
  permissions: { 'mailer.send': { description: 'Send a test mail' } },
  routes: {
    v1: [
      defineRoute({
        method: 'POST',
        path: '/mailer/send',
        name: 'mail.send',
        summary: 'Queue a mail with headers',
        permission: 'mailer.send',
        schemas: { body: Type.Object({ to: Type.String() }, { examples: [{ to: 'ada@example.test' }] }) },
        async handler({ body, sendMail, audit }) {
          await sendMail({
            to: body.to,
            subject: 'Your weekly digest',
            text: 'Three deals were decided this week.',
            kind: 'mailer.digest',
            headers: { 'List-Unsubscribe': '<https://portal.example.test/unsubscribe/abc>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
          });
          await audit({ action: 'mailer.mail.sent', targetType: 'mail' });
        },
      }),
    ],
  },
});

let smtp: MailCatcher;
let h: Harness;
let alpha: TestTenant;
beforeAll(async () => {
  smtp = await startMailCatcher();
  h = await startHarness({ plugins: [mailer], config: { smtpUrl: smtp.url } });
  alpha = await h.tenant('alpha');
});
afterAll(async () => {
  await h?.close();
  await smtp?.close();
});

it('sends the headers a plugin gave its mail', async () => {
  const answer = await h.api('POST', '/api/v1/mailer/send', { auth: h.member(alpha, ['mailer.send']), body: { to: 'ada@example.test' } });
  expect(answer.status, answer.text).toBe(204);
  await h.server.mail.flush(alpha.id);
  const mail = smtp.lastTo('ada@example.test')!;
  expect(mail.subject).toBe('Your weekly digest');
  expect(mail.headers['list-unsubscribe']).toBe('<https://portal.example.test/unsubscribe/abc>');
  expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
});
