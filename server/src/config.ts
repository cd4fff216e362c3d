/**
 * Configuration, read once from the environment. Every variable is listed in the README.
 */
import path from 'node:path';

export type Mode = 'production' | 'development' | 'test';

export type DatabaseConfig =
  | { kind: 'pglite'; /** null: in memory */ dataDir: string | null; /** Load a dumped data folder (tests). */ loadDump?: Blob }
  | { kind: 'postgres'; url: string; /** Owner connection for migrations; defaults to `url`. */ migrationUrl?: string };

export interface PorticoConfig {
  mode: Mode;
  host: string;
  port: number;
  /** Where people reach this server; used in links sent by email. */
  publicUrl: string;
  database: DatabaseConfig;
  /** The unprivileged role every request runs as (row-level security applies to it). */
  appRole: string;
  /** Tenant for requests whose host names none (e.g. a single-tenant install, the demo). */
  defaultTenant: string | null;
  dataDir: string;
  bodyLimitBytes: number;
  logLevel: string;
  /** Validate every response against its declared schema (on in development and tests). */
  validateResponses: boolean;
  /** How often the outbox is swept for retries; 0 turns the sweeper off (tests drain by hand). */
  outboxIntervalMs: number;
  /** Attempts per event delivery before it is marked failed; retry n waits outboxRetryBaseMs × 2^n. */
  outboxMaxAttempts: number;
  outboxRetryBaseMs: number;
  shutdownTimeoutMs: number;
  /** How often plugins' scheduled tasks are looked for; 0 turns the timer off (the default in tests, which run tasks by hand). */
  taskIntervalMs: number;
  /** SMTP server for outgoing mail (smtp://user:pass@host:port); unset: mail is only logged and kept in the dev outbox. */
  smtpUrl: string | null;
  mailFrom: string;
  /**
   * Key for encryption at rest and signatures (32+ bytes, base64 or hex). Required in production;
   * elsewhere one is generated and kept in the data folder.
   */
  secretKey: string | null;
  /** Folder of the built widget bundles served at /portico/; null: the build of @portico/widgets. */
  widgetsDir: string | null;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new ConfigError(`${name} must be a whole number, got "${raw}".`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<PorticoConfig> = {}): PorticoConfig {
  const rawMode = env.PORTICO_ENV ?? env.NODE_ENV ?? 'development';
  const mode: Mode = rawMode === 'production' || rawMode === 'test' ? rawMode : 'development';
  const port = integer(env, 'PORT', 4000);
  const host = env.HOST || '127.0.0.1';
  const dataDir = path.resolve(env.PORTICO_DATA_DIR || '.portico');
  const database: DatabaseConfig = env.DATABASE_URL
    ? { kind: 'postgres', url: env.DATABASE_URL, migrationUrl: env.DATABASE_MIGRATION_URL || undefined }
    : { kind: 'pglite', dataDir: path.join(dataDir, 'pgdata') };
  const appRole = env.PORTICO_DB_ROLE || 'portico_app';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(appRole)) throw new ConfigError(`PORTICO_DB_ROLE must be a plain lowercase role name, got "${appRole}".`);
  const publicUrl = (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/$/, '');
  try {
    new URL(publicUrl);
  } catch {
    throw new ConfigError(`PUBLIC_URL must be an absolute URL, got "${publicUrl}".`);
  }
  return {
    mode,
    host,
    port,
    publicUrl,
    database,
    appRole,
    defaultTenant: env.PORTICO_DEFAULT_TENANT || null,
    dataDir,
    bodyLimitBytes: integer(env, 'PORTICO_BODY_LIMIT', 1024 * 1024),
    logLevel: env.LOG_LEVEL || (mode === 'test' ? 'silent' : 'info'),
    validateResponses: mode !== 'production',
    outboxIntervalMs: integer(env, 'PORTICO_OUTBOX_INTERVAL_MS', 2000),
    outboxMaxAttempts: integer(env, 'PORTICO_OUTBOX_MAX_ATTEMPTS', 8),
    outboxRetryBaseMs: integer(env, 'PORTICO_OUTBOX_RETRY_BASE_MS', 1000),
    shutdownTimeoutMs: integer(env, 'PORTICO_SHUTDOWN_TIMEOUT_MS', 10_000),
    taskIntervalMs: integer(env, 'PORTICO_TASK_INTERVAL_MS', mode === 'test' ? 0 : 60_000),
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM || 'Portico <no-reply@localhost>',
    secretKey: env.PORTICO_SECRET_KEY || null,
    widgetsDir: env.PORTICO_WIDGETS_DIR ? path.resolve(env.PORTICO_WIDGETS_DIR) : null,
    ...overrides,
  };
}
