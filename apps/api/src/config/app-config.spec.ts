import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  const dataDir = () => mkdtempSync(join(tmpdir(), 'ethics-config-'));

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
      let caught: unknown;
      try {
        loadConfig({ ...env, AUDIT_SIGNING_KEY: wrong });
      } catch (error) {
        caught = error;
      }
      expect((caught as ConfigError).problems).toEqual([
        'AUDIT_SIGNING_KEY must be an Ed25519 private key in PEM (PKCS#8), or the base64 of that PEM',
      ]);
      expect((caught as ConfigError).message).not.toContain(wrong);
    }
  });

  it('lists every problem at once', () => {
    let caught: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        TOKEN_SECRET: 'short',
        LOG_LEVEL: 'loud',
        TRUST_PROXY: 'maybe',
        AUDIT_SIGNING_KEY: 'not-a-key',
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).problems).toHaveLength(6);
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

  it('reads a configured service catalogue and refuses bad keys', () => {
    const config = loadConfig({ DATA_DIR: dataDir(), SERVICE_CATALOGUE: 'cloud-storage=Cloud storage,email=E-mail' });
    expect(config.serviceCatalogue).toEqual({ 'cloud-storage': 'Cloud storage', email: 'E-mail' });
    expect(() => loadConfig({ DATA_DIR: dataDir(), SERVICE_CATALOGUE: 'Bad Key=x' })).toThrow(/SERVICE_CATALOGUE/);
  });
});
