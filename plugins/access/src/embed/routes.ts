/**
 * Embedded sign-in over HTTP: the tenant's secret API keys, and the embed tokens a key mints for
 * people its backend signed in. Also mounts the tenant settings routes (allowed origins, policy).
 */
import { defineRoute, Email, IdParams, Page, PageQuery, problems, ShortText, Timestamp, Type, Uuid, type RouteDefinition } from '@portico/core';
import { P } from '../permissions.js';
import { tenantRoutes } from '../tenant/routes.js';
import { assertTenantAdministrator, readEmbedOrigins } from '../tenant/service.js';
import { apiKeyIdOf, createApiKey, EMBED_TTL_SECONDS, EMBEDDABLE_ROLES, keyScopesOf, listApiKeys, mintEmbedToken, revokeApiKey } from './service.js';
import { KEY_AUDIENCES } from './scopes.js';

const MINTS_PER_MINUTE_PER_KEY = 600;

const Audience = Type.Union(
  KEY_AUDIENCES.map((audience) => Type.Literal(audience)),
  { description: 'Whom the key may mint embed tokens for: partner members only (the default), or the vendor’s staff too' },
);
const Scopes = Type.Array(Type.String({ minLength: 1, maxLength: 100 }), {
  maxItems: 200,
  description:
    'The permissions the key’s embed tokens may carry at most; a token holds those of its person within them. ' +
    'Leave out for every permission that is not administrative. A staff person’s token never carries an administrative permission.',
});

const KeyScopes = {
  audience: Audience,
  scopes: Type.Union([Scopes, Type.Null()], { description: 'Null: every permission that is not administrative (also those of plugins added later)' }),
};

const ApiKey = Type.Object({
  id: Uuid,
  name: Type.String(),
  hint: Type.String({ description: 'The last characters of the key, to tell keys apart' }),
  ...KeyScopes,
  createdAt: Timestamp,
  lastUsedAt: Type.Union([Timestamp, Type.Null()]),
  revokedAt: Type.Union([Timestamp, Type.Null()]),
});

const NewApiKey = Type.Object({
  id: Uuid,
  name: Type.String(),
  hint: Type.String(),
  ...KeyScopes,
  createdAt: Timestamp,
  key: Type.String({ description: 'The secret key. Shown only in this answer: store it in your backend now.' }),
});

const Locale = Type.Union([Type.Literal('en'), Type.Literal('fr'), Type.Literal('es')]);

const MintBody = Type.Object(
  {
    email: Type.Optional(Email),
    externalId: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Your own id for the person' })),
    origin: Type.String({ minLength: 1, maxLength: 300, description: 'The page origin the widgets run on; one of the allowed embed origins' }),
    partnerId: Type.Optional(Uuid),
    ttlSeconds: Type.Optional(Type.Integer({ minimum: EMBED_TTL_SECONDS.min, maximum: EMBED_TTL_SECONDS.max, default: EMBED_TTL_SECONDS.default })),
    createMember: Type.Optional(
      Type.Object({
        name: ShortText(200),
        role: Type.Union(EMBEDDABLE_ROLES.map((role) => Type.Literal(role))),
        partnerId: Uuid,
        locale: Type.Optional(Locale),
        email: Type.Optional(Email),
      }),
    ),
  },
  {
    description: 'Exactly one of `email` and `externalId`. `createMember` creates the person if there is none yet (its `email` only when looking up by `externalId`).',
    examples: [
      { email: 'member@alpha.test', origin: 'https://app.example.com', ttlSeconds: 300 },
      { externalId: 'crm-4711', origin: 'https://app.example.com', createMember: { name: 'Ada Lovelace', role: 'salesperson', partnerId: '00000000-0000-4000-8000-000000000000', email: 'ada@example.com', locale: 'en' } },
    ],
  },
);

const MintAnswer = Type.Object({
  id: Uuid,
  token: Type.String({ description: 'Send as `Authorization: Bearer <token>` from the origin it was minted for' }),
  expiresAt: Timestamp,
  person: Type.Object({ id: Uuid, name: Type.String(), email: Type.String(), partnerId: Type.Union([Uuid, Type.Null()]) }),
});

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
    schemas: {
      body: Type.Object(
        { name: ShortText(100), audience: Type.Optional(Audience), scopes: Type.Optional(Scopes) },
        { examples: [{ name: 'CRM backend' }, { name: 'Intranet', audience: 'members-and-staff', scopes: ['deals.read', 'deals.review'] }] },
      ),
      response: NewApiKey,
    },
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
    schemas: { body: MintBody, response: MintAnswer },
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
