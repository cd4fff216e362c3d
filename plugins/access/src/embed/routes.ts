/**
 * Embedded sign-in over HTTP: the tenant's secret API keys, and the embed tokens a key mints for
 * people its backend signed in. Also mounts the tenant settings routes (allowed origins, policy).
 */
import { defineRoute, IdParams, Page, PageQuery, problems, Type, type RouteDefinition } from '@portico/core';
import { P } from '../permissions.js';
import { ApiKey, CreatedApiKey, MintEmbedToken, MintedEmbedToken, NewApiKey } from '../schemas.js';
import { tenantRoutes } from '../tenant/routes.js';
import { assertTenantAdministrator, readEmbedOrigins } from '../tenant/service.js';
import { apiKeyIdOf, createApiKey, keyScopesOf, listApiKeys, mintEmbedToken, revokeApiKey } from './service.js';

const MINTS_PER_MINUTE_PER_KEY = 600;

export const embedRoutes: RouteDefinition<any>[] = [
  defineRoute({
    method: 'GET',
    path: '/access/api-keys',
    name: 'api-keys.list',
    summary: 'List the API keys (never their secret)',
    permission: P.apiKeysManage,
    schemas: { query: Type.Object(PageQuery), response: Page(ApiKey) },
    async handler({ actor, query, db }) {
      assertTenantAdministrator(actor);
      return listApiKeys(db, query);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/access/api-keys',
    name: 'api-keys.create',
    summary: 'Create an API key for your backend; the key is shown only in this answer',
    permission: P.apiKeysManage,
    schemas: { body: NewApiKey, response: CreatedApiKey },
    async handler({ actor, body, db, tenant, audit, permissions }) {
      assertTenantAdministrator(actor);
      const name = body.name.trim();
      if (!name) throw problems.invalidField('/name', 'must not be blank');
      const { apiKey, key } = await createApiKey(db, permissions, { tenantId: tenant.id, name, createdBy: actor!.personId, audience: body.audience, scopes: body.scopes });
      const created = { id: apiKey.id, name: apiKey.name, hint: apiKey.hint, audience: apiKey.audience, scopes: apiKey.scopes };
      await audit({ action: 'access.api-key.created', targetType: 'api-key', targetId: apiKey.id, partnerId: null, after: created });
      return { ...created, createdAt: apiKey.createdAt, key };
    },
  }),
  defineRoute({
    method: 'DELETE',
    path: '/access/api-keys/:id',
    name: 'api-keys.revoke',
    summary: 'Revoke an API key; the embed tokens it minted end with it',
    permission: P.apiKeysManage,
    schemas: { params: IdParams },
    async handler({ actor, params, db, audit }) {
      assertTenantAdministrator(actor);
      const { before, after, endedTokens } = await revokeApiKey(db, params.id);
      await audit({ action: 'access.api-key.revoked', targetType: 'api-key', targetId: params.id, partnerId: null, before, after: { ...after, endedEmbedTokens: endedTokens } });
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/embed/sessions',
    name: 'embed.sessions.create',
    summary: 'Mint an embed token for a person your backend signed in (API keys only)',
    description:
      'Called by your backend with `Authorization: Bearer <API key>`. Finds the person by email or external id (optionally creating a member), ' +
      'and answers a token valid for `ttlSeconds` (60–600, default 600) from `origin` only. Hand it to the widgets on your page. ' +
      'The token holds the person’s permissions within the key’s scopes; a staff person needs a key made for `members-and-staff` (403 otherwise).',
    permission: P.embedMint,
    schemas: { body: MintEmbedToken, response: MintedEmbedToken },
    async handler({ actor, body, db, tenant, audit, rateLimit }) {
      const apiKeyId = apiKeyIdOf(actor);
      if (!apiKeyId) throw problems.forbidden('Embed tokens are minted by your backend with an API key.');
      await rateLimit(`embed-mint:${apiKeyId}`, MINTS_PER_MINUTE_PER_KEY, 60);
      const key = await keyScopesOf(db, apiKeyId);
      if (!key) throw problems.unauthenticated('This API key is not valid or was revoked.');
      const allowedOrigins = await readEmbedOrigins(db, tenant.id);
      const minted = await mintEmbedToken(db, { tenantId: tenant.id, apiKeyId, key, allowedOrigins }, body);
      const { person } = minted;
      if (minted.personCreated) {
        await audit({ action: 'access.person.created', targetType: 'person', targetId: person.id, partnerId: person.partnerId, after: { ...person, kind: 'member', status: 'active', role: body.createMember?.role, via: 'embed' } });
      } else if (minted.personActivated) {
        await audit({ action: 'access.person.activated', targetType: 'person', targetId: person.id, partnerId: person.partnerId, before: { status: 'invited' }, after: { status: 'active', via: 'embed' } });
      }
      await audit({
        action: 'access.embed-token.minted',
        targetType: 'person',
        targetId: person.id,
        partnerId: person.partnerId,
        after: { embedTokenId: minted.id, origin: minted.origin, expiresAt: minted.expiresAt, apiKeyId },
      });
      return { id: minted.id, token: minted.token, expiresAt: minted.expiresAt, person };
    },
  }),
  ...tenantRoutes,
];
