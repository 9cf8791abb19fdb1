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

  it('requires a token secret on a PostgreSQL server', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/x', DATA_DIR: dataDir() })).toThrow(
      /TOKEN_SECRET is required/,
    );
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
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).problems).toHaveLength(5);
  });

  it('reads a configured service catalogue and refuses bad keys', () => {
    const config = loadConfig({ DATA_DIR: dataDir(), SERVICE_CATALOGUE: 'cloud-storage=Cloud storage,email=E-mail' });
    expect(config.serviceCatalogue).toEqual({ 'cloud-storage': 'Cloud storage', email: 'E-mail' });
    expect(() => loadConfig({ DATA_DIR: dataDir(), SERVICE_CATALOGUE: 'Bad Key=x' })).toThrow(/SERVICE_CATALOGUE/);
  });
});
