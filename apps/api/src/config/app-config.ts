import { createPrivateKey, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { isAbsolute, join, resolve } from 'node:path';
import { DEFAULT_SERVICE_CATALOGUE } from '@ethics/domain';

export interface AppConfig {
  port: number;
  host: string;
  /** Set when the app runs against a PostgreSQL server; absent on the embedded default. */
  databaseUrl: string | null;
  /**
   * The tables' owner, which runs migrations at boot; null to migrate with `databaseUrl` (the
   * embedded default, or a server where one role does everything, which the boot check reports).
   */
  databaseMigrationUrl: string | null;
  /** The role granted the application's privileges after migrating; null for the user of `databaseUrl`. */
  databaseAppRole: string | null;
  /** Refuse to start when the application's database role could alter or empty the audit tables. */
  requireLeastPrivilege: boolean;
  dataDir: string;
  tokenSecret: string;
  tokenTtlSeconds: number;
  /** Size of the database connection pool. */
  databasePoolSize: number;
  logLevel: string;
  /** Where the built dashboard lives; served at `/` when present. */
  webDistDir: string;
  /**
   * Express `trust proxy`: false (X-Forwarded-For ignored), how many proxies in front append to
   * X-Forwarded-For, or the addresses/CIDRs of the proxies whose X-Forwarded-For entries count.
   * Never `true`, which would let any client name its own address.
   */
  trustProxy: TrustProxy;
  /** Largest evidence upload accepted, in bytes. */
  evidenceMaxBytes: number;
  /** Where evidence bytes are kept: files under DATA_DIR (default), or an S3-compatible bucket. */
  evidenceStore: EvidenceStoreConfig;
  /** Service keys enforcement actions may name, with their labels. */
  serviceCatalogue: Record<string, string>;
  /**
   * The Ed25519 private key (PKCS#8 PEM) that signs audit checkpoints. Null on the embedded
   * default, which generates its own into DATA_DIR at first use (audit/audit-signing-key.ts).
   */
  auditSigningKey: string | null;
  /** How long a stopping process waits for requests and exports in flight before it cuts them. */
  shutdownTimeoutMs: number;
  /** How old the outcome dashboard's figures may be before a request recomputes them; 0: always fresh. */
  outcomesMaxAgeSeconds: number;
}

export type TrustProxy = false | number | string[];

export type EvidenceStoreConfig = { kind: 'fs' } | ({ kind: 's3' } & S3StoreConfig);

export interface S3StoreConfig {
  /** Unset for AWS itself; the URL of MinIO, Ceph, R2… otherwise. */
  endpoint: string | null;
  region: string;
  bucket: string;
  /** Both set, or both null for the SDK's own credential chain (instance role, AWS_* variables…). */
  credentials: { accessKeyId: string; secretAccessKey: string } | null;
  forcePathStyle: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

const TOKEN_SECRET_FILE = 'token-secret';
const MIN_SECRET_LENGTH = 32;

/**
 * Reads and validates the environment once, at boot. Every problem is
 * reported together so that an operator fixes them in one go.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];

  const port = parseInteger(env.PORT ?? '3000', 'PORT', 0, 65535, problems);
  const host = (env.HOST ?? '127.0.0.1').trim();
  if (host === '') problems.push('HOST must not be empty');

  const { databaseUrl, databaseMigrationUrl, databaseAppRole } = parseDatabaseRoles(env, problems);
  if (databaseMigrationUrl && !databaseUrl) {
    problems.push('DATABASE_MIGRATION_URL needs DATABASE_URL, the role the application connects as');
  }
  const requireLeastPrivilege = parseBoolean(env.REQUIRE_LEAST_PRIVILEGE, 'REQUIRE_LEAST_PRIVILEGE', problems);
  if (requireLeastPrivilege && !databaseUrl) {
    problems.push(
      'REQUIRE_LEAST_PRIVILEGE=true needs DATABASE_URL: the embedded database has a single role, a superuser',
    );
  }

  const dataDirRaw = env.DATA_DIR?.trim() || './data';
  const dataDir = isAbsolute(dataDirRaw) ? dataDirRaw : resolve(process.cwd(), dataDirRaw);

  const tokenTtlSeconds = parseInteger(
    env.TOKEN_TTL_SECONDS ?? '28800',
    'TOKEN_TTL_SECONDS',
    60,
    30 * 24 * 3600,
    problems,
  );
  const databasePoolSize = parseInteger(env.DATABASE_POOL_SIZE ?? '10', 'DATABASE_POOL_SIZE', 1, 100, problems);

  let tokenSecret = env.TOKEN_SECRET?.trim() ?? '';
  if (tokenSecret && tokenSecret.length < MIN_SECRET_LENGTH) {
    problems.push(`TOKEN_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
  }
  if (!tokenSecret && databaseUrl) {
    problems.push('TOKEN_SECRET is required when DATABASE_URL points at a PostgreSQL server');
  }

  const logLevel = env.LOG_LEVEL?.trim() || 'info';
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    problems.push('LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent');
  }

  const trustProxy = parseTrustProxy(env.TRUST_PROXY ?? 'false', problems);
  const evidenceMaxBytes = parseInteger(
    env.EVIDENCE_MAX_BYTES ?? String(100 * 1024 * 1024),
    'EVIDENCE_MAX_BYTES',
    1,
    Number.MAX_SAFE_INTEGER,
    problems,
  );
  const serviceCatalogue = parseServiceCatalogue(env.SERVICE_CATALOGUE, problems);
  const shutdownTimeoutMs = parseInteger(
    env.SHUTDOWN_TIMEOUT_MS ?? '25000',
    'SHUTDOWN_TIMEOUT_MS',
    0,
    10 * 60 * 1000,
    problems,
  );
  const evidenceStore = parseEvidenceStore(env, problems);

  const outcomesMaxAgeSeconds = parseInteger(
    env.OUTCOMES_MAX_AGE_SECONDS ?? '30',
    'OUTCOMES_MAX_AGE_SECONDS',
    0,
    3600,
    problems,
  );

  const auditSigningKey = parseSigningKey(env.AUDIT_SIGNING_KEY, problems);
  // Replicas of one server deployment must sign with one key: a key generated per process would not do.
  if (!env.AUDIT_SIGNING_KEY?.trim() && databaseUrl) {
    problems.push(
      'AUDIT_SIGNING_KEY is required when DATABASE_URL points at a PostgreSQL server: an Ed25519 private key in PEM, ' +
        'or the base64 of that PEM (openssl genpkey -algorithm ed25519 | base64 -w0)',
    );
  }

  if (problems.length > 0) throw new ConfigError(problems);

  if (!tokenSecret) tokenSecret = embeddedTokenSecret(dataDir);

  return {
    port,
    host,
    databaseUrl,
    databaseMigrationUrl,
    databaseAppRole,
    requireLeastPrivilege,
    dataDir,
    tokenSecret,
    tokenTtlSeconds,
    databasePoolSize,
    logLevel,
    webDistDir: resolve(__dirname, '../../../web/dist'),
    trustProxy,
    evidenceMaxBytes,
    evidenceStore,
    serviceCatalogue,
    auditSigningKey,
    shutdownTimeoutMs,
    outcomesMaxAgeSeconds,
  };
}

export interface DatabaseRoles {
  databaseUrl: string | null;
  databaseMigrationUrl: string | null;
  databaseAppRole: string | null;
}

/** DATABASE_URL (the application's role), DATABASE_MIGRATION_URL (the owner's) and DATABASE_APP_ROLE. */
export function parseDatabaseRoles(env: NodeJS.ProcessEnv, problems: string[]): DatabaseRoles {
  const url = (name: 'DATABASE_URL' | 'DATABASE_MIGRATION_URL') => {
    const value = env[name]?.trim() || null;
    if (value && !/^postgres(ql)?:\/\//.test(value))
      problems.push(`${name} must be a postgres:// or postgresql:// URL`);
    return value;
  };
  const databaseUrl = url('DATABASE_URL');
  const databaseMigrationUrl = url('DATABASE_MIGRATION_URL');
  const databaseAppRole = env.DATABASE_APP_ROLE?.trim() || null;
  if (databaseAppRole && !/^[a-z_][a-z0-9_$]{0,62}$/i.test(databaseAppRole)) {
    problems.push('DATABASE_APP_ROLE must be a role name of letters, digits, _ and $');
  }
  return { databaseUrl, databaseMigrationUrl, databaseAppRole };
}

function parseBoolean(raw: string | undefined, name: string, problems: string[]): boolean {
  const value = raw?.trim().toLowerCase() ?? '';
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  problems.push(`${name} must be true or false (got "${raw}")`);
  return false;
}

/** On the embedded default a secret is generated once and kept beside the data. */
function embeddedTokenSecret(dataDir: string): string {
  const file = join(dataDir, TOKEN_SECRET_FILE);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** PEM text (literal `\n` accepted, as some platforms store one-line variables), or the base64 of it. */
function parseSigningKey(raw: string | undefined, problems: string[]): string | null {
  const value = raw?.trim();
  if (!value) return null;
  const pem = value.includes('-----BEGIN')
    ? value.replace(/\\n/g, '\n')
    : Buffer.from(value, 'base64').toString('utf8').trim();
  try {
    const key = createPrivateKey(pem);
    if (key.asymmetricKeyType === 'ed25519') return key.export({ type: 'pkcs8', format: 'pem' }).toString();
  } catch {
    // reported below, without the value: it is a secret
  }
  problems.push('AUDIT_SIGNING_KEY must be an Ed25519 private key in PEM (PKCS#8), or the base64 of that PEM');
  return null;
}

/** The settings of the S3 evidence store, all named so that one may be caught set without `EVIDENCE_STORE=s3`. */
export const S3_VARIABLES = [
  'S3_ENDPOINT',
  'S3_REGION',
  'S3_BUCKET',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
] as const;

/** S3's bucket naming rules, which every S3-compatible service accepts. */
const S3_BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

function parseEvidenceStore(env: NodeJS.ProcessEnv, problems: string[]): EvidenceStoreConfig {
  const kind = env.EVIDENCE_STORE?.trim().toLowerCase() || 'fs';
  const value = (name: (typeof S3_VARIABLES)[number]) => env[name]?.trim() || null;
  if (kind === 'fs') {
    // Replicas each writing to their own disk is the failure this setting exists to avoid: say so rather than guess.
    const stray = S3_VARIABLES.filter((name) => value(name) !== null);
    if (stray.length > 0) {
      problems.push(`${stray.join(', ')} set but EVIDENCE_STORE is not s3: set EVIDENCE_STORE=s3, or unset them`);
    }
    return { kind: 'fs' };
  }
  if (kind !== 's3') {
    problems.push('EVIDENCE_STORE must be fs or s3');
    return { kind: 'fs' };
  }

  const endpoint = value('S3_ENDPOINT');
  if (endpoint !== null && !isPlainHttpUrl(endpoint)) {
    // Without the value: an endpoint URL may carry credentials.
    problems.push('S3_ENDPOINT must be an http:// or https:// URL without user name or password');
  }
  const bucket = value('S3_BUCKET');
  if (bucket === null) problems.push('S3_BUCKET is required when EVIDENCE_STORE=s3');
  else if (!S3_BUCKET_NAME.test(bucket) || bucket.includes('..')) {
    problems.push(`S3_BUCKET must be a bucket name (3–63 lower-case letters, digits, dots, dashes) (got "${bucket}")`);
  }
  const accessKeyId = value('S3_ACCESS_KEY_ID');
  const secretAccessKey = value('S3_SECRET_ACCESS_KEY');
  if ((accessKeyId === null) !== (secretAccessKey === null)) {
    problems.push(
      'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither for the SDK’s own chain',
    );
  }
  const pathStyle = (value('S3_FORCE_PATH_STYLE') ?? 'false').toLowerCase();
  if (pathStyle !== 'true' && pathStyle !== 'false') problems.push('S3_FORCE_PATH_STYLE must be true or false');

  return {
    kind: 's3',
    endpoint,
    region: value('S3_REGION') ?? 'us-east-1',
    bucket: bucket ?? '',
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : null,
    forcePathStyle: pathStyle === 'true',
  };
}

function isPlainHttpUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password;
  } catch {
    return false;
  }
}

function parseInteger(raw: string, name: string, min: number, max: number, problems: string[]): number {
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
    return min;
  }
  return value;
}

/** `TRUST_PROXY=1` (hops) or `TRUST_PROXY=10.0.0.0/8,127.0.0.1` (proxy addresses); unset, `false` or `0` for none. */
function parseTrustProxy(raw: string, problems: string[]): TrustProxy {
  const value = raw.trim().toLowerCase();
  if (value === 'false' || value === '' || value === '0') return false;
  if (value === 'true') {
    problems.push(
      'TRUST_PROXY=true would let any client choose its address with X-Forwarded-For: give the number of proxies ' +
        'in front of the app (TRUST_PROXY=1) or their addresses (TRUST_PROXY=10.0.0.0/8,127.0.0.1)',
    );
    return false;
  }
  if (/^\d{1,2}$/.test(value)) return Number(value);
  const proxies = value.split(',').map((entry) => entry.trim());
  const invalid = proxies.filter((entry) => !isAddressOrCidr(entry));
  if (invalid.length === 0) return proxies;
  problems.push(
    `TRUST_PROXY must be false, a number of proxy hops, or a comma-separated list of proxy addresses or CIDRs ` +
      `(not an address: ${invalid.map((entry) => `"${entry}"`).join(', ')})`,
  );
  return false;
}

function isAddressOrCidr(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

/** `SERVICE_CATALOGUE=cloud-storage=Cloud storage,ai-services=AI services`; unset means the default catalogue. */
function parseServiceCatalogue(raw: string | undefined, problems: string[]): Record<string, string> {
  if (!raw?.trim()) return { ...DEFAULT_SERVICE_CATALOGUE };
  const catalogue: Record<string, string> = {};
  for (const entry of raw.split(',')) {
    const [key, label] = entry.split('=').map((part) => part.trim());
    if (!key || !/^[a-z0-9][a-z0-9-]{0,62}$/.test(key)) {
      problems.push(`SERVICE_CATALOGUE has an invalid key "${key ?? ''}" (lower-case letters, digits, dashes)`);
      continue;
    }
    catalogue[key] = label || key;
  }
  return catalogue;
}
