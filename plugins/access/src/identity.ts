/**
 * The access plugin provides identity to the rest of Portico: where the session is and how changes
 * prove it (the portal shell, the provider and the SDK read these from `GET /api/v1/portal`), how its
 * credentials travel (the API reference), and how an operator invites someone from the command line.
 */
import type { IdentityProvider, MailMessage } from '@portico/core';
import { accessElements } from './elements.js';
import { invitationExpiriesOf, invitePerson } from './api.js';
import { SECURE_SESSION_COOKIE, SESSION_COOKIE } from './authenticators.js';

/** The link an invitation mail carries (its secret exists nowhere else). */
function linkIn(mail: MailMessage, publicUrl: string): string | null {
  return new RegExp(`${publicUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/sign-in/link\\?token=\\S+`).exec(mail.text)?.[0] ?? null;
}

export const accessIdentity: IdentityProvider = {
  sessionPath: '/access/session',
  verificationHeader: 'X-Portico-Verification',
  sessionChangePaths: ['/access/sign-in', '/access/session', '/access/sessions'],
  signInPage: '/sign-in',
  signInElement: accessElements.signIn,
  profilePath: '/access/profile',

  securitySchemes({ publicUrl }) {
    return {
      session: {
        type: 'apiKey',
        in: 'cookie',
        // The server names its cookie after the scheme it is reached by: `__Host-` over https.
        name: publicUrl.startsWith('https:') ? SECURE_SESSION_COOKIE : SESSION_COOKIE,
        description:
          `Browser session: the cookie \`${SECURE_SESSION_COOKIE}\` when the server is reached over https, ` +
          `\`${SESSION_COOKIE}\` over plain http (development). Mutations also need the request-verification header.`,
      },
      embedToken: { type: 'http', scheme: 'bearer', description: 'Short-lived embed token minted by the tenant backend.' },
      apiKey: { type: 'http', scheme: 'bearer', description: 'Secret API key of a tenant backend.' },
    };
  },

  async invite(ctx, invitee) {
    let mailed: MailMessage | undefined;
    const person = await invitePerson(
      {
        ...ctx,
        // An operator at the command line is not a flood of browsers.
        rateLimit: async () => {},
        sendMail: async (message) => {
          mailed = message;
          await ctx.sendMail(message);
        },
      },
      invitee,
    );
    const link = mailed ? linkIn(mailed, ctx.publicUrl) : null;
    const expiresAt = (await invitationExpiriesOf(ctx.db, [person.id])).get(person.id);
    if (!link || !expiresAt) throw new Error('The invitation was recorded without a sign-in link.');
    return { personId: person.id, email: person.email, name: person.name, role: invitee.role, link, linkExpiresAt: expiresAt.toISOString() };
  },
};
