import { randomBytes } from 'node:crypto';

export type RuntimeMode = 'development' | 'production' | 'test';

/** From quietest to most talkative; each level shows itself and all quieter ones. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'log', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Everything Samverka reads from its environment, validated once at boot. */
export interface AppConfigValues {
  mode: RuntimeMode;
  host: string;
  port: number;
  /** Absent: the embedded PostgreSQL is started and its URL filled in here. */
  databaseUrl?: string;
  databasePoolSize: number;
  embeddedDataDir: string;
  embeddedPort: number;
  publicUrl: string;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  invitationTtlDays: number;
  demoPassword?: string;
  seed: boolean;
  graphqlMaxDepth: number;
  graphqlMaxFields: number;
  /** smtp(s)://user:password@host:port; unset: e-mail stays in the outbox. */
  smtpUrl?: string;
  mailFrom: string;
  /** How often the outbox retries what could not be sent; 0 turns the timer off (tests deliver by hand). */
  outboxRetrySeconds: number;
  logLevel: LogLevel;
  /** The built portal that the API serves at / (relative to the checkout unless absolute). */
  portalDistDir: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Ogiltig konfiguration / invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
    return fallback;
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T, problems: string[]): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
    return fallback;
  }
  return raw as T;
}

function url(env: Env, name: string, protocols: string[], problems: string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  try {
    const parsed = new URL(raw);
    if (!protocols.includes(parsed.protocol)) problems.push(`${name} must use ${protocols.join(' or ')}`);
  } catch {
    problems.push(`${name} is not a valid URL`);
  }
  return raw;
}

/**
 * Reads and checks the environment. Every variable is listed in the README;
 * a bad value stops the boot with all problems at once rather than the first.
 */
export function loadConfig(env: Env = process.env): AppConfigValues {
  const problems: string[] = [];
  const nodeEnv = env.NODE_ENV;
  const mode: RuntimeMode = nodeEnv === 'production' ? 'production' : nodeEnv === 'test' ? 'test' : 'development';
  const port = integer(env, 'PORT', 3000, 0, 65535, problems);
  const jwtSecret = env.JWT_SECRET ?? '';
  if (mode === 'production' && jwtSecret.length < 32) problems.push('JWT_SECRET must be set to at least 32 characters in production');
  const demoPassword = env.DEMO_PASSWORD || undefined;
  if (demoPassword !== undefined && (demoPassword.length < 12 || demoPassword.length > 256)) {
    problems.push('DEMO_PASSWORD must be 12 to 256 characters long');
  }
  const values: AppConfigValues = {
    mode,
    host: env.HOST || '127.0.0.1',
    port,
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:'], problems),
    databasePoolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 200, problems),
    embeddedDataDir: env.EMBEDDED_DATA_DIR || '.data',
    embeddedPort: integer(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535, problems),
    publicUrl: (url(env, 'PUBLIC_URL', ['http:', 'https:'], problems) ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    // Outside production a random secret is fine: access tokens live 15 minutes
    // and refresh tokens are kept in the database, so a restart costs nothing.
    jwtSecret: jwtSecret || randomBytes(32).toString('hex'),
    accessTokenTtlSeconds: integer(env, 'ACCESS_TOKEN_TTL_SECONDS', 15 * 60, 10, 24 * 3600, problems),
    refreshTokenTtlDays: integer(env, 'REFRESH_TOKEN_TTL_DAYS', 30, 1, 365, problems),
    invitationTtlDays: integer(env, 'INVITATION_TTL_DAYS', 7, 1, 90, problems),
    demoPassword,
    // A production server gets demo accounts only when asked: their password is no secret.
    seed: oneOf(env, 'SEED', ['true', 'false'] as const, mode === 'production' ? 'false' : 'true', problems) === 'true',
    graphqlMaxDepth: integer(env, 'GRAPHQL_MAX_DEPTH', 10, 3, 50, problems),
    graphqlMaxFields: integer(env, 'GRAPHQL_MAX_FIELDS', 500, 20, 100_000, problems),
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:'], problems),
    mailFrom: env.MAIL_FROM || 'Samverka <noreply@natverket.example>',
    outboxRetrySeconds: integer(env, 'OUTBOX_RETRY_SECONDS', 30, 0, 86_400, problems),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, mode === 'test' ? 'warn' : 'log', problems),
    portalDistDir: env.PORTAL_DIST_DIR || 'dist/portal',
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return values;
}

/** The validated configuration, injected wherever a setting is needed. */
export class AppConfig {
  constructor(private readonly values: AppConfigValues & { databaseUrl: string }) {}

  get mode(): RuntimeMode {
    return this.values.mode;
  }
  get isDevelopment(): boolean {
    return this.values.mode === 'development';
  }
  get isProduction(): boolean {
    return this.values.mode === 'production';
  }
  get host(): string {
    return this.values.host;
  }
  get port(): number {
    return this.values.port;
  }
  get databaseUrl(): string {
    return this.values.databaseUrl;
  }
  get databasePoolSize(): number {
    return this.values.databasePoolSize;
  }
  get publicUrl(): string {
    return this.values.publicUrl;
  }
  get jwtSecret(): string {
    return this.values.jwtSecret;
  }
  get accessTokenTtlSeconds(): number {
    return this.values.accessTokenTtlSeconds;
  }
  get refreshTokenTtlDays(): number {
    return this.values.refreshTokenTtlDays;
  }
  get invitationTtlDays(): number {
    return this.values.invitationTtlDays;
  }
  get graphqlMaxDepth(): number {
    return this.values.graphqlMaxDepth;
  }
  get graphqlMaxFields(): number {
    return this.values.graphqlMaxFields;
  }
  get smtpUrl(): string | undefined {
    return this.values.smtpUrl;
  }
  get mailFrom(): string {
    return this.values.mailFrom;
  }
  get outboxRetrySeconds(): number {
    return this.values.outboxRetrySeconds;
  }
  get logLevel(): AppConfigValues['logLevel'] {
    return this.values.logLevel;
  }
  get portalDistDir(): string {
    return this.values.portalDistDir;
  }
}
