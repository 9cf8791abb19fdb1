import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

/** The ConfigError that `env` is refused with. */
function refusal(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('the configuration was accepted');
}

describe('loadConfig', () => {
  const dataDir = () => mkdtempSync(join(tmpdir(), 'ethics-config-'));
  const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
    try {
      loadConfig(env);
      return [];
    } catch (error) {
      if (error instanceof ConfigError) return error.problems;
      throw error;
    }
  };

  it('defaults to the embedded database and keeps a generated token secret in DATA_DIR', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir });
    expect(first).toMatchObject({ port: 3000, host: '127.0.0.1', databaseUrl: null, dataDir: dir });
    expect(first.tokenSecret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(dir, 'token-secret'), 'utf8')).toBe(first.tokenSecret);
    expect(loadConfig({ DATA_DIR: dir }).tokenSecret).toBe(first.tokenSecret);
    expect(first.serviceCatalogue).toHaveProperty('cloud-storage');
  });

  it('requires a token secret and a checkpoint signing key on a PostgreSQL server', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/x', DATA_DIR: dataDir() })).toThrow(
      /TOKEN_SECRET is required/,
    );
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/x', DATA_DIR: dataDir() })).toThrow(
      /AUDIT_SIGNING_KEY is required/,
    );
  });

  it('reads AUDIT_SIGNING_KEY as PEM, one-line PEM or base64 of PEM, and refuses anything else', () => {
    const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const env = { DATABASE_URL: 'postgres://db/x', TOKEN_SECRET: 'x'.repeat(40), DATA_DIR: dataDir() };
    expect(loadConfig({ ...env, AUDIT_SIGNING_KEY: pem }).auditSigningKey).toBe(pem);
    expect(loadConfig({ ...env, AUDIT_SIGNING_KEY: pem.replace(/\n/g, '\\n') }).auditSigningKey).toBe(pem);
    expect(loadConfig({ ...env, AUDIT_SIGNING_KEY: Buffer.from(pem).toString('base64') }).auditSigningKey).toBe(pem);
    expect(loadConfig({ DATA_DIR: dataDir() }).auditSigningKey).toBeNull();

    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' });
    for (const wrong of ['not-a-key', rsa.toString()]) {
      const refused = refusal({ ...env, AUDIT_SIGNING_KEY: wrong });
      expect(refused.problems).toEqual([
        'AUDIT_SIGNING_KEY must be an Ed25519 private key in PEM (PKCS#8), or the base64 of that PEM',
      ]);
      expect(refused.message).not.toContain(wrong);
    }
  });

  it('lists every problem at once', () => {
    const refused = refusal({
      PORT: 'eighty',
      DATABASE_URL: 'mysql://x',
      TOKEN_SECRET: 'short',
      LOG_LEVEL: 'loud',
      TRUST_PROXY: 'maybe',
      AUDIT_SIGNING_KEY: 'not-a-key',
    });
    expect(refused.problems).toHaveLength(6);
  });

  it('trusts X-Forwarded-For only from a number of hops or listed proxies, never from anyone', () => {
    const trustProxy = (value: string) => loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: value }).trustProxy;
    expect(loadConfig({ DATA_DIR: dataDir() }).trustProxy).toBe(false);
    expect(trustProxy('false')).toBe(false);
    expect(trustProxy('0')).toBe(false);
    expect(trustProxy('1')).toBe(1);
    expect(trustProxy('10.0.0.0/8, 127.0.0.1,fd00::/8')).toEqual(['10.0.0.0/8', '127.0.0.1', 'fd00::/8']);
    expect(() => trustProxy('true')).toThrow(/TRUST_PROXY=true would let any client choose its address/);
    expect(() => trustProxy('TRUE')).toThrow(/TRUST_PROXY=true/);
    expect(() => trustProxy('10.0.0.0/33,proxy.local')).toThrow(/not an address: "10.0.0.0\/33", "proxy.local"/);
  });

  it('reads the migration owner, the application role and REQUIRE_LEAST_PRIVILEGE, which need a server', () => {
    const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const server = { TOKEN_SECRET: 'x'.repeat(40), AUDIT_SIGNING_KEY: pem, DATA_DIR: dataDir() };
    expect(loadConfig({ DATA_DIR: dataDir() })).toMatchObject({
      databaseMigrationUrl: null,
      databaseAppRole: null,
      requireLeastPrivilege: false,
    });
    expect(
      loadConfig({
        ...server,
        DATABASE_URL: 'postgres://ethics_app@db/ethics',
        DATABASE_MIGRATION_URL: 'postgres://ethics_owner@db/ethics',
        DATABASE_APP_ROLE: 'ethics_app',
        REQUIRE_LEAST_PRIVILEGE: 'true',
      }),
    ).toMatchObject({
      databaseMigrationUrl: 'postgres://ethics_owner@db/ethics',
      databaseAppRole: 'ethics_app',
      requireLeastPrivilege: true,
    });
    expect(() => loadConfig({ DATA_DIR: dataDir(), REQUIRE_LEAST_PRIVILEGE: 'true' })).toThrow(
      /REQUIRE_LEAST_PRIVILEGE=true needs DATABASE_URL/,
    );
    expect(() => loadConfig({ DATA_DIR: dataDir(), DATABASE_MIGRATION_URL: 'postgres://db/x' })).toThrow(
      /DATABASE_MIGRATION_URL needs DATABASE_URL/,
    );
    expect(
      problemsOf({
        ...server,
        DATABASE_URL: 'postgres://db/x',
        DATABASE_MIGRATION_URL: 'mysql://db/x',
        DATABASE_APP_ROLE: 'app; DROP TABLE x',
        REQUIRE_LEAST_PRIVILEGE: 'yes',
      }),
    ).toEqual([
      'DATABASE_MIGRATION_URL must be a postgres:// or postgresql:// URL',
      'DATABASE_APP_ROLE must be a role name of letters, digits, _ and $',
      'REQUIRE_LEAST_PRIVILEGE must be true or false (got "yes")',
    ]);
  });

  it('reads a configured service catalogue and refuses bad keys', () => {
    const config = loadConfig({ DATA_DIR: dataDir(), SERVICE_CATALOGUE: 'cloud-storage=Cloud storage,email=E-mail' });
    expect(config.serviceCatalogue).toEqual({ 'cloud-storage': 'Cloud storage', email: 'E-mail' });
    expect(() => loadConfig({ DATA_DIR: dataDir(), SERVICE_CATALOGUE: 'Bad Key=x' })).toThrow(/SERVICE_CATALOGUE/);
  });

  it('keeps evidence on the filesystem by default, and refuses S3 settings that would be ignored', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).evidenceStore).toEqual({ kind: 'fs' });
    expect(() => loadConfig({ DATA_DIR: dataDir(), S3_BUCKET: 'evidence' })).toThrow(
      /S3_BUCKET set but EVIDENCE_STORE is not s3/,
    );
  });

  it('reads an S3-compatible store, and says what is missing without repeating a secret', () => {
    const s3 = {
      DATA_DIR: dataDir(),
      EVIDENCE_STORE: 's3',
      S3_ENDPOINT: 'http://minio:9000',
      S3_BUCKET: 'ethics-evidence',
      S3_ACCESS_KEY_ID: 'ethics',
      S3_SECRET_ACCESS_KEY: 'a-secret-value',
      S3_FORCE_PATH_STYLE: 'true',
    };
    expect(loadConfig(s3).evidenceStore).toEqual({
      kind: 's3',
      endpoint: 'http://minio:9000',
      region: 'us-east-1',
      bucket: 'ethics-evidence',
      credentials: { accessKeyId: 'ethics', secretAccessKey: 'a-secret-value' },
      forcePathStyle: true,
    });
    expect(
      loadConfig({ DATA_DIR: dataDir(), EVIDENCE_STORE: 's3', S3_BUCKET: 'b-1', S3_REGION: 'eu-west-3' }).evidenceStore,
    ).toEqual({
      kind: 's3',
      endpoint: null,
      region: 'eu-west-3',
      bucket: 'b-1',
      credentials: null,
      forcePathStyle: false,
    });

    const refused = refusal({
      ...s3,
      S3_ENDPOINT: 'http://user:a-secret-value@minio:9000',
      S3_BUCKET: 'Not_A_Bucket',
      S3_ACCESS_KEY_ID: '',
      S3_FORCE_PATH_STYLE: 'yes',
    });
    expect(refused.problems).toEqual([
      'S3_ENDPOINT must be an http:// or https:// URL without user name or password',
      expect.stringMatching(/^S3_BUCKET must be a bucket name/),
      expect.stringMatching(/^S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together/),
      'S3_FORCE_PATH_STYLE must be true or false',
    ]);
    expect(refused.message).not.toContain('a-secret-value');
    expect(() => loadConfig({ DATA_DIR: dataDir(), EVIDENCE_STORE: 's3' })).toThrow(/S3_BUCKET is required/);
    expect(() => loadConfig({ DATA_DIR: dataDir(), EVIDENCE_STORE: 'nfs' })).toThrow(/EVIDENCE_STORE must be fs or s3/);
  });
});
