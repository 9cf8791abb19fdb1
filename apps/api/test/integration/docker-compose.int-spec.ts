import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { S3_VARIABLES } from '../../src/config/app-config';

const ROOT = join(__dirname, '../../../..');

interface Service {
  image?: string;
  build?: unknown;
  command?: unknown;
  entrypoint?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  restart?: string;
  stop_grace_period?: string;
}

interface ComposeFile {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
}

/** Variables whose values are secrets: never written into the file, always required from the environment. */
const SECRET = /PASSWORD|SECRET|TOKEN|SIGNING_KEY|ACCESS_KEY/;
/** `${NAME:?message}`: Compose refuses to start without NAME. */
const REQUIRED = /^\$\{[A-Z0-9_]+:\?[^}]+\}$/;

const S3_SETTINGS = ['EVIDENCE_STORE', ...S3_VARIABLES];

const seconds = (duration: string) => Number(/^(\d+)s$/.exec(duration)?.[1] ?? NaN);

/**
 * No Docker engine runs here, so docker-compose.yml is kept correct by reading it: this spec
 * checks what the production sketch promises (README, docs/operations.md).
 */
describe('docker-compose.yml', () => {
  const text = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8');
  // Compose resolves YAML merge keys (`<<: *api`), as the replicas use.
  const compose = parse(text, { merge: true }) as ComposeFile;
  const services = Object.entries(compose.services);
  const apis = services.filter(([, service]) => service.build === '.');
  const proxy = compose.services.proxy;
  const caddyfile = readFileSync(join(ROOT, 'deploy/caddy/Caddyfile'), 'utf8');
  const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');

  it('runs PostgreSQL 17, MinIO with its bucket made by a one-shot mc, two API replicas and Caddy', () => {
    expect(compose.services.postgres.image).toBe('postgres:17');
    expect(compose.services.minio.image).toMatch(/^minio\/minio(:|$)/);
    const bucket = compose.services['evidence-bucket'];
    expect(bucket.image).toMatch(/^minio\/mc(:|$)/);
    expect(bucket.restart).toBe('no');
    expect(bucket.depends_on).toEqual({ minio: { condition: 'service_healthy' } });
    const script = readFileSync(join(ROOT, 'deploy/minio/create-bucket.sh'), 'utf8');
    expect(script).toContain('mc mb --ignore-existing "store/$S3_BUCKET"');
    expect(apis.map(([name]) => name)).toEqual(['api-1', 'api-2']);
    expect(proxy.image).toMatch(/^caddy:2/);
  });

  it('publishes one port, the proxy’s, which health-checks every replica it sends to', () => {
    const published = services.filter(([, service]) => service.ports?.length);
    expect(published.map(([name]) => name)).toEqual(['proxy']);
    expect(proxy.ports).toHaveLength(1);
    expect(proxy.volumes).toContain('./deploy/caddy/Caddyfile:/etc/caddy/Caddyfile:ro');
    const port = /^EXPOSE (\d+)$/m.exec(dockerfile)?.[1];
    const upstreams = /reverse_proxy ([^{]+)\{/.exec(caddyfile)?.[1].trim().split(/\s+/);
    expect(upstreams).toEqual(apis.map(([name]) => `${name}:${port}`));
    expect(caddyfile).toMatch(/health_uri \/api\/v1\/health\n/);
    expect(caddyfile).toMatch(/health_status 200\n/);
  });

  it('runs the replicas as the Dockerfile builds them, on the server database and the S3 evidence store', () => {
    const port = /^EXPOSE (\d+)$/m.exec(dockerfile)?.[1];
    const dataDir = /^ENV DATA_DIR=(\S+)$/m.exec(dockerfile)?.[1];
    expect(dataDir).toMatch(/^\/var\//);
    expect(dockerfile).toContain(`chown node:node ${dataDir}`);
    for (const [name, api] of apis) {
      const env = api.environment!;
      expect(env.PORT).toBe(port);
      expect(env.HOST).toBe('0.0.0.0');
      expect(env.DATABASE_URL).toMatch(
        /^postgres:\/\/ethics_app:\$\{ETHICS_APP_PASSWORD:\?[^}]+\}@postgres:5432\/ethics$/,
      );
      expect(env.DATABASE_MIGRATION_URL).toMatch(
        /^postgres:\/\/ethics_owner:\$\{ETHICS_OWNER_PASSWORD:\?[^}]+\}@postgres:5432\/ethics$/,
      );
      expect(env.REQUIRE_LEAST_PRIVILEGE).toBe('true');
      expect(Object.keys(env)).toEqual(expect.arrayContaining(S3_SETTINGS));
      expect(env.EVIDENCE_STORE).toBe('s3');
      expect(env.S3_ENDPOINT).toBe('http://minio:9000');
      expect(env.TRUST_PROXY).toBe('1');
      expect(api.depends_on).toEqual({
        postgres: { condition: 'service_healthy' },
        'evidence-bucket': { condition: 'service_completed_successfully' },
      });
      // State is in PostgreSQL and the bucket; DATA_DIR only stages uploads in flight, on a volume
      // of the replica's own (not a container's /tmp, which may be memory).
      expect(env.DATA_DIR).toBeUndefined();
      expect(api.volumes).toEqual([`${name}-staging:${dataDir}`]);
      // Docker waits longer than the API's own drain before it kills.
      expect(seconds(api.stop_grace_period!) * 1000).toBeGreaterThan(Number(env.SHUTDOWN_TIMEOUT_MS));
      expect(api.healthcheck?.test.join(' ')).toContain(`http://127.0.0.1:${port}/api/v1/health`);
    }
    expect(dockerfile).toMatch(/^CMD \["node", "apps\/api\/dist\/main\.js"\]$/m);
  });

  it('keeps every piece of state in a named volume, and none under /tmp', () => {
    const named = (mount: string) => !mount.startsWith('.') && !mount.startsWith('/');
    const mounts = services.flatMap(([, service]) => service.volumes ?? []);
    for (const mount of mounts.filter(named)) {
      expect(Object.keys(compose.volumes)).toContain(mount.split(':')[0]);
    }
    expect(compose.services.postgres.volumes).toContain('postgres-data:/var/lib/postgresql/data');
    expect(compose.services.minio.volumes).toContain('minio-data:/data');
    expect(proxy.volumes).toEqual(expect.arrayContaining(['caddy-data:/data', 'caddy-config:/config']));
    // What is bound from the repository is configuration, read-only.
    for (const mount of mounts.filter((entry) => !named(entry))) expect(mount).toMatch(/^\.\/deploy\/.+:ro$/);
    expect(compose.services.postgres.volumes).toContain('./deploy/postgres/init:/docker-entrypoint-initdb.d:ro');
    expect(existsSync(join(ROOT, 'deploy/caddy/Caddyfile'))).toBe(true);
    expect(text).not.toMatch(/\/tmp\b/);
  });

  it('takes every secret from the environment, required, and writes none into the file', () => {
    const secrets = services.flatMap(([, service]) =>
      Object.entries(service.environment ?? {}).filter(([name]) => SECRET.test(name)),
    );
    expect(secrets.length).toBeGreaterThan(0);
    for (const [name, value] of secrets)
      expect({ name, value }).toEqual({ name, value: expect.stringMatching(REQUIRED) });
    // Connection URLs carry their passwords the same way.
    for (const [, service] of services) {
      for (const value of Object.values(service.environment ?? {})) {
        const password = /^\w+:\/\/[^:/]+:([^@]+)@/.exec(value)?.[1];
        if (password) expect(password).toMatch(REQUIRED);
      }
    }
  });

  it('checks the health of every long-running service', () => {
    for (const [name, service] of services) {
      if (service.restart === 'no') continue;
      expect({ name, healthcheck: service.healthcheck?.test.length }).toEqual({
        name,
        healthcheck: expect.any(Number),
      });
    }
  });
});
