/**
 * The plugin contract: the one thing a plugin author must learn.
 *
 * A plugin is a plain object made with `definePlugin({...})`: its id and version, the plugins it
 * requires, the permissions it declares, its migrations folder, its routes per API version, the events
 * it emits and handles, its tenant settings and its widget entry. The built-in plugins use nothing
 * that a third-party plugin cannot use.
 */
import { Type, type Static, type TObject, type TSchema, type TUnknown } from '@sinclair/typebox';
import type { Knex } from 'knex';
import type { Actor } from './actor.js';
import type { PermissionDeclaration } from './permissions.js';
import type { PortalIdentity } from './identity.js';
import type { Contribution, Extensions } from './extensions.js';
import type { HttpProblem } from './errors.js';
import type { AuditCatalog, AuditDeclaration } from './audit.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The tenant a request belongs to. */
export interface TenantRef {
  id: string;
  slug: string;
}

/** What a handler may do with the HTTP exchange beyond returning a body. */
export interface HttpExchange {
  readonly method: string;
  readonly path: string;
  readonly ip: string;
  readonly origin: string;
  header(name: string): string | undefined;
  setHeader(name: string, value: string): void;
  /** Overrides the route's success status. */
  status(code: number): void;
  cookie(name: string): string | undefined;
  setCookie(name: string, value: string | null, options?: CookieOptions): void;
  redirect(location: string): void;
  /** Answers with something other than JSON (an HTML page, a file). */
  send(body: string | Uint8Array | NodeJS.ReadableStream, contentType: string): void;
}

export interface CookieOptions {
  maxAgeMs?: number;
  httpOnly?: boolean;
  sameSite?: 'lax' | 'strict' | 'none';
  path?: string;
}

export interface AuditEntry {
  /** `<plugin>.<object>.<verb>`, e.g. `deals.deal.submitted`, declared with its label in the plugin's `audit.actions`. */
  action: string;
  targetType: string;
  targetId?: string | null;
  /** The partner organisation concerned; defaults to the actor's. */
  partnerId?: string | null;
  /**
   * Who acted, when the request has no actor yet: the person signing in. Ignored when the request has
   * one (the actor is who acted).
   */
  actorPersonId?: string | null;
  /**
   * What the target was and became: plain data the plugin chose (objects, arrays, strings, numbers,
   * booleans, null, dates), stored as JSON. Anything else — a database driver's result, a class
   * instance, a function — is refused: the trail holds what a reader may see, never internals.
   */
  before?: unknown;
  after?: unknown;
}

export interface Logger {
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
  error(obj: object | string, msg?: string): void;
  debug(obj: object | string, msg?: string): void;
}

/** An email, queued in the caller's transaction and sent after commit (retried on failure). */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** What kind of mail it is, e.g. `access.sign-in`; shown in the dev outbox and logs. */
  kind: string;
  /** Further headers, e.g. `List-Unsubscribe` and `List-Unsubscribe-Post` (RFC 8058) of a notification. */
  headers?: Readonly<Record<string, string>>;
}

/** Server-held keys: encryption at rest for secrets a plugin must read back, and signatures. */
export interface KeyRing {
  /** Encrypts (AES-256-GCM) text that must be stored, e.g. an MFA secret or an OAuth refresh token. */
  seal(plaintext: string): string;
  /** Decrypts what `seal` produced; throws if it was tampered with. */
  open(sealed: string): string;
  /** A keyed signature (HMAC-SHA256, base64url) of `data`, for values derived rather than stored. */
  sign(data: string): string;
}

/** The events every registered plugin declares (`events.emits`), with their payload schemas: for catalogues and webhooks. */
export interface EventCatalog {
  all(): readonly { type: string; pluginId: string; schema: TSchema }[];
  has(type: string): boolean;
}

/** The permissions every registered plugin declares, and what built-in roles hold by default. */
export interface PermissionCatalog {
  all(): readonly { key: string; pluginId: string; description: string; grantedTo?: readonly string[]; administrative?: boolean; backend?: true; partnerAct?: true }[];
  has(key: string): boolean;
  ofRole(role: string): Set<string>;
}

/** Event types a plugin declares, each with the schema of its payload. */
export type EventMap = Readonly<Record<string, TSchema>>;

/** A plugin's settings as handlers see them: the schema's type (defaults filled in). */
export type SettingsOf<S extends TObject | undefined> = S extends TObject ? Static<S> : Record<string, never>;

/**
 * What a route handler is handed: the validated request, who asks, and the request's transaction.
 * `Settings` and `Events` come from the plugin (see `pluginTypes`): `ctx.settings()` has the type of the
 * plugin's settings schema, and `ctx.emit` accepts only the events it declares, with their payloads.
 */
export interface RouteContext<Params = unknown, Query = unknown, Body = unknown, Settings = Record<string, unknown>, Events extends EventMap = EventMap> {
  params: Params;
  query: Query;
  body: Body;
  /** Null only on `public: true` routes. */
  actor: Actor | null;
  tenant: TenantRef;
  /** The request's transaction: tenant-scoped (row-level security), committed when the handler returns. */
  db: Knex.Transaction;
  /** Records one of the plugin's declared events in the outbox, in this transaction; dispatched after commit. */
  emit<K extends keyof Events & string>(type: K, payload: Static<Events[K]>): Promise<void>;
  /** Writes an audit event (or several at once, in one statement) in this transaction. Every mutation calls it. */
  audit(entry: AuditEntry | readonly AuditEntry[]): Promise<void>;
  /** This plugin's settings for the tenant, with defaults applied. */
  settings(): Promise<Settings>;
  /**
   * Counts one hit in `bucket` (e.g. `sign-in:ip:1.2.3.4`) for the tenant; throws a 429 problem with
   * Retry-After once `limit` hits fall in the current window of `windowSeconds`. Counters live in the
   * database, so they hold across servers.
   */
  rateLimit(bucket: string, limit: number, windowSeconds: number): Promise<void>;
  /** Queues an email in this transaction; it is sent after commit, never for a rolled-back change. */
  sendMail(message: MailMessage): Promise<void>;
  permissions: PermissionCatalog;
  keys: KeyRing;
  /** Where people reach this server, e.g. `https://partners.example.com`, for links in emails. */
  publicUrl: string;
  http: HttpExchange;
  requestId: string;
  log: Logger;
  /** Which of the plugins this one declares (required or optional) are enabled on this server. */
  plugins: EnabledPlugins;
  /** The contributions of the registered plugins to an extension point (see `defineExtensionPoint`). */
  extensions: Extensions;
  /** Every event the registered plugins declare, with its payload schema. */
  eventCatalog: EventCatalog;
  /** Every audit action the registered plugins declare, with its label, and their target namers (see `AuditDeclaration`). */
  auditCatalog: AuditCatalog;
  /**
   * Runs `work` in a new transaction of the request's tenant, as the app role: for an answer that
   * outlives the request's own transaction (a stream of server-sent events that reads as it goes).
   * It commits when `work` resolves; emitting and mailing belong to the request's own transaction.
   */
  transaction<T>(work: (db: Knex.Transaction) => Promise<T>): Promise<T>;
  /**
   * Runs `work` once this request's transaction has committed (never if it rolls back), without
   * holding up the answer: slow outside calls that must not hold a database connection.
   */
  afterCommit(work: () => Promise<void>): void;
  /** The body's exact text, on a route with `rawBody: true` (to verify a webhook's signature over it). */
  rawBody?: string;
}

export interface RouteSchemas<P extends TObject = TObject, Q extends TObject = TObject, B extends TSchema = TSchema, R extends TSchema = TSchema> {
  params?: P;
  query?: Q;
  body?: B;
  /** The success response body. Omit for routes that answer 204 or send their own content. */
  response?: R;
}

export interface RouteDefinition<P extends TObject = any, Q extends TObject = any, B extends TSchema = any, R extends TSchema = any, S = any, E extends EventMap = any> {
  method: HttpMethod;
  /** Relative to `/api/<version>`, with `:name` parameters, e.g. `/deals/:id`. */
  path: string;
  /** Unique within the plugin; becomes the OpenAPI operationId `<plugin>.<name>`. */
  name: string;
  summary: string;
  description?: string;
  /** The permission required. Exactly one of `permission` and `public: true` must be given. */
  permission?: string;
  /** Open to anonymous callers (sign-in, brand). The handler still gets a tenant. */
  public?: true;
  /**
   * A feature the route belongs to (declared in some plugin's `features`, e.g. `fleet.bulk-actions`):
   * before the handler runs, every registered feature gate (billing, programme tiers) may refuse it
   * for the caller, with a problem that says what to do (402 billing-required, 403 tier-required …).
   */
  feature?: string;
  schemas: RouteSchemas<P, Q, B, R>;
  /**
   * `form` accepts `application/x-www-form-urlencoded` (HTML form posts on pages); `multipart` accepts
   * `multipart/form-data` uploads, whose file parts go to `receive`; default `json`.
   */
  bodyType?: 'json' | 'form' | 'multipart';
  /**
   * JSON routes: hand the handler the body's exact text too (`ctx.rawBody`), for a signature computed
   * over the bytes (a payment provider's webhook). The body is still parsed and validated.
   */
  rawBody?: true;
  /**
   * Required with `bodyType: 'multipart'`: stores one file part as it streams in (to object storage,
   * a disk) and says what the handler finds in its place in `body`. It runs after the caller was
   * authenticated and allowed, but OUTSIDE any transaction, so a slow upload never holds a database
   * connection. Text parts arrive as strings and are validated with the body schema, where a file
   * part is declared as a string with `contentMediaType` (see `FilePart`). Whatever was received is
   * discarded if validation, the handler or the commit fails.
   */
  receive?(file: IncomingFile, ctx: ReceiveContext<Static<P>, Static<Q>, S>): Promise<ReceivedFile>;
  /**
   * The route answers a stream of server-sent events (`text/event-stream`, sent with `ctx.http.send`)
   * that stays open; `schemas.response` then describes the data of its events. The API reference says
   * so, and the route suite reads the stream's start instead of waiting for its end.
   */
  eventStream?: true;
  /** Success status; defaults to 201 for POST, 204 when the handler returns nothing, else 200. */
  status?: number;
  /**
   * Mutations must pass request verification for cookie sessions (default true for non-GET).
   * Set false only for routes that establish a session (the magic-link confirmation POST).
   */
  verifyRequest?: boolean;
  handler(ctx: RouteContext<Static<P>, Static<Q>, Static<B>, S, E>): Promise<unknown> | unknown;
}

/** A file part of a multipart request while it arrives. Everything the client says about it is untrusted. */
export interface IncomingFile {
  /** The form field it was sent as. */
  field: string;
  /** The client's file name: never use it to build a path or a storage key. */
  filename: string;
  /** The client's declared type. */
  declaredType: string;
  /**
   * The bytes; read it to the end or fail. It fails (an `'error'`) when the request's body is cut off
   * inside the part, possibly before `receive` looks at it: pass that on to what stores it
   * (`stream.finished` and `stream.pipeline` see it; `pipe` does not), so that `receive` rejects and
   * keeps nothing.
   */
  stream: NodeJS.ReadableStream;
}

/** What `receive` is handed: who asks (already allowed), the validated params and query, the tenant's settings. */
export interface ReceiveContext<Params = unknown, Query = unknown, Settings = Record<string, unknown>> {
  params: Params;
  query: Query;
  actor: Actor | null;
  tenant: TenantRef;
  /** This plugin's settings for the tenant, read when the caller was admitted. */
  settings(): Promise<Settings>;
  log: Logger;
}

/** What `receive` kept: `value` replaces the file part in the handler's `body`; `discard` removes it again. */
export interface ReceivedFile<T = unknown> {
  value: T;
  discard(): Promise<void>;
}

/** Declares a file part of a multipart body: a binary string in the API reference, `T` in the handler. */
export function FilePart<T>(options: { description?: string; contentMediaType?: string } = {}) {
  return Type.Unsafe<T>({ type: 'string', contentMediaType: options.contentMediaType ?? 'application/octet-stream', ...(options.description ? { description: options.description } : {}) });
}

/**
 * Types a route's handler from its schemas (one type parameter per schema); returns the route unchanged.
 * A route that reads its plugin's settings or emits its events is made with `pluginTypes(...).defineRoute`
 * instead: here `ctx.settings()` knows no fields and `ctx.emit` accepts no event.
 */
export function defineRoute<
  P extends TObject = TObject<{}>,
  Q extends TObject = TObject<{}>,
  B extends TSchema = TUnknown,
  R extends TSchema = TUnknown,
>(route: RouteDefinition<P, Q, B, R, Record<string, never>, {}>): RouteDefinition<P, Q, B, R, Record<string, never>, {}> {
  return route;
}

export interface DomainEvent<Payload = Record<string, unknown>> {
  id: string;
  type: string;
  tenantId: string;
  payload: Payload;
  actorPersonId: string | null;
  occurredAt: string;
}

/**
 * What an event handler is handed: its own tenant-scoped transaction, committed with the delivery
 * record; `emit` and `settings` are those of the handling plugin.
 */
export interface EventContext<Settings = Record<string, unknown>, Events extends EventMap = EventMap> {
  db: Knex.Transaction;
  tenant: TenantRef;
  emit<K extends keyof Events & string>(type: K, payload: Static<Events[K]>): Promise<void>;
  sendMail(message: MailMessage): Promise<void>;
  publicUrl: string;
  keys: KeyRing;
  settings(): Promise<Settings>;
  log: Logger;
  /** Which of the plugins this one declares (required or optional) are enabled on this server. */
  plugins: EnabledPlugins;
  /** The contributions of the registered plugins to an extension point. */
  extensions: Extensions;
  /** Every event the registered plugins declare, with its payload schema. */
  eventCatalog: EventCatalog;
  /** Every permission the registered plugins declare, and what each built-in role holds (who to tell of a queue). */
  permissions: PermissionCatalog;
  /** Runs `work` in a new transaction of the tenant (as the app role), e.g. to record what an `afterCommit` call answered. */
  transaction<T>(work: (db: Knex.Transaction) => Promise<T>): Promise<T>;
  /**
   * Runs `work` once this delivery's (or task run's) transaction has committed, and before the
   * delivery or run is over: a call to another system (a webhook endpoint, a provider's API) that must
   * not hold a database connection while it waits. Record its outcome with `transaction`.
   */
  afterCommit(work: () => Promise<void>): void;
}

export type EventHandler<Payload = Record<string, unknown>, Settings = Record<string, unknown>, Events extends EventMap = EventMap> = (
  event: DomainEvent<Payload>,
  ctx: EventContext<Settings, Events>,
) => Promise<void>;

/** What a scheduled task is handed, once per active tenant: its own tenant-scoped transaction. */
export interface TaskContext<Settings = Record<string, unknown>, Events extends EventMap = EventMap> extends EventContext<Settings, Events> {
  /** The moment the run stands for; use it instead of the clock, so that tests can move time. */
  now: Date;
  /** Writes an audit event, or several (actor: the system), in this transaction. */
  audit(entry: AuditEntry | readonly AuditEntry[]): Promise<void>;
}

/**
 * Work a plugin needs done on a schedule (lapse expired registrations, warn of expiring
 * certifications). The server runs each task for every active tenant, at most once per interval
 * across all servers, each tenant in its own transaction: a failure rolls back that tenant's run only
 * and is retried at the next interval. Make tasks idempotent: a run may repeat after a crash.
 */
export interface ScheduledTask<Settings = any, Events extends EventMap = any> {
  /** Unique within the plugin, e.g. `expire-registrations`. */
  name: string;
  /** How often it runs. */
  everyMinutes: number;
  run(ctx: TaskContext<Settings, Events>): Promise<void>;
}

/** What an authenticator sees of the request; `Settings` is its plugin's settings type (see `pluginTypes`). */
export interface AuthRequest<Settings = Record<string, unknown>> {
  header(name: string): string | undefined;
  cookie(name: string): string | undefined;
  ip: string;
  /** The tenant found from the request's host, if any. */
  hostTenant: TenantRef | null;
  /** The request's transaction. Call `useTenant` before reading tenant tables. */
  db: Knex.Transaction;
  /** Scopes the transaction (row-level security) to a tenant. */
  useTenant(tenantId: string): Promise<TenantRef>;
  /** The authenticator's plugin's settings for the tenant chosen with `useTenant`, defaults filled in. */
  settings(): Promise<Settings>;
  permissions: PermissionCatalog;
  keys: KeyRing;
  method: string;
  /** The request's own origin (scheme, host, port), to compare with `Origin`. */
  origin: string;
  /** Sets a cookie on the answer, or clears it with `null`, whatever the answer turns out to be. */
  setCookie: HttpExchange['setCookie'];
}

/**
 * Turns a request into an actor: a session cookie, a bearer token, an API key. Returns null when the
 * request does not carry its kind of credential; throws a 401 problem when it carries a bad one (and
 * clears a cookie that can no longer be used). On a public route such a request goes on as anonymous.
 */
export interface Authenticator<Settings = any> {
  id: string;
  authenticate(req: AuthRequest<Settings>): Promise<Actor | null>;
  /**
   * Called before every mutation made with this authenticator's credential (unless the route sets
   * `verifyRequest: false`): cookie sessions check here that the request comes from the portal itself.
   * Throws a 403 problem to refuse.
   */
  verifyRequest?(req: AuthRequest<Settings>, actor: Actor): Promise<void> | void;
}

/**
 * Which of the plugins a plugin declares (in `requires` or `optionalRequires`) run beside it on this
 * server: a required one always, an optional one when the deployment registered it. Asking about a
 * plugin it does not declare throws: plugins know each other only through their declarations.
 */
export interface EnabledPlugins {
  has(pluginId: string): boolean;
}

/** What a feature gate sees of the request: who asks, in which tenant, and its own plugin's settings. */
export interface GateContext<Settings = Record<string, unknown>> {
  db: Knex.Transaction;
  tenant: TenantRef;
  /** Null for an anonymous caller (a public route, or the portal asking about features). */
  actor: Actor | null;
  /** The gate's own plugin's settings for the tenant. */
  settings(): Promise<Settings>;
  publicUrl: string;
}

/**
 * Decides whether the caller may use a feature now: the billing plugin refuses features its tenant
 * reserves for partners whose billing is in order; a tiers plugin those above a partner's tier. It
 * answers null to let it through, or the problem to refuse with — a problem whose `action` extension
 * (`{ href, label }`) tells the person what to do, which `<portico-feature-gate>` shows in place of the
 * feature. Gates are asked before a gated route's handler and by `GET /api/v1/portal/features`.
 */
export interface FeatureGate<Settings = any> {
  /** Unique within the plugin. */
  id: string;
  check(ctx: GateContext<Settings>, feature: string): Promise<HttpProblem | null> | HttpProblem | null;
}

/** A feature a plugin's routes and widgets belong to, which gates may reserve. */
export interface FeatureDeclaration {
  /** What a tenant reserving it would take away, e.g. "Bulk actions on the fleet inbox". */
  description: string;
}

/**
 * Identity as a capability: the plugin that signs people in says where its session lives and how
 * changes prove it (served to browsers in `GET /api/v1/portal`, see `PortalIdentity`), how its
 * credentials travel (for the API reference), and how an operator invites someone from the command
 * line. At most one registered plugin provides it (the access plugin among the built-ins); the shell,
 * the provider, the SDK, the CLI and the server name none of its paths.
 */
export interface IdentityProvider extends PortalIdentity {
  /** OpenAPI security schemes by name, e.g. a session cookie and bearer tokens. */
  securitySchemes(options: { publicUrl: string }): Record<string, Record<string, unknown>>;
  /**
   * Invites a person into the tenant of `ctx` (`portico invite`, `portico create-tenant --admin-email`),
   * under the provider's own rules, in `ctx.db`: the invitation mail is queued with `ctx.sendMail`.
   * Throws a problem (4xx) to refuse, e.g. an address already in use.
   */
  invite(ctx: IdentityInviteContext, invitee: Invitee): Promise<InvitedPerson>;
}

export interface IdentityInviteContext {
  db: Knex.Transaction;
  tenant: TenantRef;
  /** Who invites: for the CLI, a stand-in tenant administrator with no person. */
  actor: Actor;
  keys: KeyRing;
  publicUrl: string;
  audit(entry: AuditEntry): Promise<void>;
  sendMail(message: MailMessage): Promise<void>;
}

export interface Invitee {
  email: string;
  name: string;
  role: string;
  /** The partner organisation, for (and only for) a partner role. */
  partnerId?: string;
}

export interface InvitedPerson {
  personId: string;
  email: string;
  name: string;
  role: string;
  /** The sign-in link the invitation carries, for an operator to pass on when no mail could be sent. */
  link: string;
  linkExpiresAt: string;
}

export interface PluginDefinition {
  /** Lowercase, e.g. `deals`. Prefixes its permission keys and names its tables' migrations. */
  id: string;
  version: string;
  description?: string;
  /** Ids of plugins that must be registered (and migrated) before this one. */
  requires?: readonly string[];
  /**
   * Ids of plugins this one works better with but does without (training attaches documents' files
   * when the documents plugin is there). When registered they come (and migrate) first; ask
   * `ctx.plugins.has(id)` before calling their API.
   */
  optionalRequires?: readonly string[];
  /** Permission keys, each `<id>.<action>`. */
  permissions?: Readonly<Record<string, PermissionDeclaration>>;
  /** Folder of knex migrations (`.ts`/`.js` files exporting `up` and `down`), run in name order. */
  migrations?: URL | string;
  /**
   * Routes per API version, mounted under `/api/<version>`; and `pages`, mounted at the root and left
   * out of the API reference (server-rendered pages such as the magic-link confirmation).
   */
  routes?: { v1?: readonly RouteDefinition[]; pages?: readonly RouteDefinition[] };
  events?: {
    /** Event types this plugin emits, with the schema of their payload. */
    emits?: Readonly<Record<string, TSchema>>;
    /** Handlers for event types that any registered plugin emits (typed with `pluginTypes(...).handlers`). */
    handles?: Readonly<Record<string, EventHandler<any, any, any>>>;
    /**
     * One handler for every event any registered plugin declares (webhooks deliver them all); it gets
     * each delivery, at least once, like a named handler. The payload is the declaring plugin's.
     */
    handlesAll?: EventHandler<any, any, any>;
  };
  /**
   * Tenant-level settings with defaults; stored per tenant, read with `ctx.settings()`. The registry
   * mounts `GET` and `PATCH /api/v1/<id>/settings` for them (see `SettingsDeclaration`).
   */
  settings?: SettingsDeclaration;
  /** Work run on a schedule, per tenant (see ScheduledTask). */
  tasks?: readonly ScheduledTask[];
  /** How requests become actors (only the access plugin has any among the built-ins). */
  authenticators?: readonly Authenticator[];
  /** Provides identity (sign-in, the session, invitations); at most one registered plugin does. */
  identity?: IdentityProvider;
  /** Features its routes (`feature`) and widgets (`<portico-feature-gate>`) belong to, keyed `<id>.<feature>`. */
  features?: Readonly<Record<string, FeatureDeclaration>>;
  /** Gates that decide whether a caller may use a feature now (see `FeatureGate`). */
  gates?: readonly FeatureGate[];
  /** Values for other plugins' extension points (see `defineExtensionPoint`, `contribute`). */
  contributes?: readonly Contribution[];
  /**
   * The audit actions it writes, each with its label in en/fr/es, and how to name its own targets
   * (see `AuditDeclaration`). Writing an action no registered plugin declares is refused.
   */
  audit?: AuditDeclaration;
  /**
   * The folder of the plugin's built widgets (`portico-widgets build` writes `dist/widgets/` of the
   * package), served under `/portico/plugins/<id>/`: the portal shell loads its entry, the loader its
   * elements. From `src/index.ts`: `new URL('../dist/widgets/', import.meta.url)`, which names the same
   * folder from the compiled `dist/index.js`.
   */
  widgets?: URL | string;
  /** Fills demo data for a tenant after the core demo seed (`portico seed-demo`). */
  seedDemo?(ctx: SeedContext<any>): Promise<void>;
  /**
   * Lines `portico start --demo` prints once the server is ready, in the demo tenant's transaction:
   * e.g. a fresh sign-in link for a demo person, so a newcomer is one click from the portal.
   */
  demoHints?(ctx: EventContext): Promise<string[]>;
}

/** What `beforeUpdate` sees of a settings change: the settings before, the validated change, and the merge of both. */
export interface SettingsChange<S> {
  before: S;
  change: Partial<S>;
  after: S;
}

/**
 * A plugin's tenant settings: the schema (with a default for every field) and who may read and change
 * them through `GET /api/v1/<plugin>/settings` (defaults filled in) and `PATCH /api/v1/<plugin>/settings`
 * (some fields, validated against the schema, merged with what is stored, audited as
 * `<plugin>.settings.updated` with before and after).
 */
export interface SettingsDeclaration<S extends TObject = TObject> {
  schema: S;
  /** Permission to read them. */
  read: string;
  /** Permission to change them. */
  manage: string;
  /** Said in the API reference for the read route, e.g. what the settings decide. */
  summary?: string;
  /** A valid change for the API reference and the route tests; defaults to the first field's default. */
  example?: Partial<Static<S>>;
  /**
   * Rules beyond the schema, run in the request's transaction before the change is stored: throw a
   * problem to refuse (e.g. an unknown currency), or return the settings to store instead of `after`.
   */
  beforeUpdate?(change: SettingsChange<Static<S>>, ctx: RouteContext<unknown, unknown, Partial<Static<S>>, Static<S>>): Promise<Static<S> | void> | Static<S> | void;
}

/** Declares settings (see `SettingsDeclaration`), typing `beforeUpdate` from the schema. */
export function defineSettings<S extends TObject>(declaration: SettingsDeclaration<S>): SettingsDeclaration<S> {
  return declaration;
}

/**
 * The helpers that type a plugin's handlers from its own declarations: routes, event handlers,
 * tasks and authenticators get `settings()` of the settings schema's type, and `ctx.emit` that accepts only the
 * declared event names with their payloads. `handlers(events, {...})` types handlers of another
 * plugin's events from that plugin's published event declarations.
 *
 *     const { defineRoute, handlers, defineTask } = pluginTypes({ settings: DealSettings, events: dealEvents });
 */
export function pluginTypes<E extends EventMap = {}, S extends TObject | undefined = undefined>(_declarations: { events?: E; settings?: S }) {
  type Settings = SettingsOf<S>;
  return {
    defineRoute<P extends TObject = TObject<{}>, Q extends TObject = TObject<{}>, B extends TSchema = TUnknown, R extends TSchema = TUnknown>(
      route: RouteDefinition<P, Q, B, R, Settings, E>,
    ): RouteDefinition<P, Q, B, R, Settings, E> {
      return route;
    },
    handlers<H extends EventMap>(_events: H, handlers: { [K in keyof H & string]?: EventHandler<Static<H[K]>, Settings, E> }): Readonly<Record<string, EventHandler<any, any, any>>> {
      return handlers as Readonly<Record<string, EventHandler<any, any, any>>>;
    },
    defineTask(task: ScheduledTask<Settings, E>): ScheduledTask<Settings, E> {
      return task;
    },
    defineAuthenticator(authenticator: Authenticator<Settings>): Authenticator<Settings> {
      return authenticator;
    },
    defineSeed(seed: (ctx: SeedContext<Settings>) => Promise<void>): (ctx: SeedContext<any>) => Promise<void> {
      return seed;
    },
    defineGate(gate: FeatureGate<Settings>): FeatureGate<Settings> {
      return gate;
    },
  };
}

export interface SeedContext<Settings = Record<string, unknown>> {
  db: Knex.Transaction;
  tenant: TenantRef;
  log: Logger;
  /** This plugin's settings for the demo tenant, defaults filled in. */
  settings(): Promise<Settings>;
  /** Stores some of this plugin's settings for the demo tenant, validated against its schema (throws when invalid). */
  updateSettings(change: Partial<Settings>): Promise<void>;
  /** Which of the plugins this one declares (required or optional) are enabled on this server. */
  plugins: EnabledPlugins;
  /** The contributions of the registered plugins to an extension point. */
  extensions: Extensions;
  /** Every permission the registered plugins declare, and what each built-in role holds. */
  permissions: PermissionCatalog;
}

export function definePlugin<const P extends PluginDefinition>(plugin: P): P {
  return Object.freeze(plugin);
}
