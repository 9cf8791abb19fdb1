import { DEFAULT_SERVICE_CATALOGUE } from '@ethics/domain';
import { Test } from '@nestjs/testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { createRootLogger } from '../../src/common/logger';
import type { AppConfig } from '../../src/config/app-config';
import { EMBEDDED_POOL_SIZE, migrate } from '../../src/database/database';

export interface TestApp {
  app: NestExpressApplication;
  http: App;
  dataSource: DataSource;
  databaseUrl: string;
  close(): Promise<void>;
}

export function testDatabaseUrl(): string {
  const url = process.env.ETHICS_TEST_DATABASE_URL;
  if (!url) throw new Error('the global test set-up did not provide a database');
  return url;
}

export const isEmbeddedDatabase = () => process.env.ETHICS_TEST_DATABASE_KIND === 'embedded';

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: testDatabaseUrl(),
    dataDir: mkdtempSync(join(tmpdir(), 'ethics-test-data-')),
    tokenSecret: 'test-secret-that-is-long-enough-for-the-config-check',
    tokenTtlSeconds: 3600,
    databasePoolSize: 5,
    logLevel: 'silent',
    webDistDir: '/nonexistent',
    // The default: X-Forwarded-For ignored. Specs that play several client addresses trust one hop.
    trustProxy: false,
    evidenceMaxBytes: 5 * 1024 * 1024,
    serviceCatalogue: { ...DEFAULT_SERVICE_CATALOGUE },
    // Each test app generates its own checkpoint key into its own DATA_DIR, as the embedded default does.
    auditSigningKey: null,
    // Figures computed afresh on every request, so that a test sees the change it just made.
    outcomesMaxAgeSeconds: 0,
    ...overrides,
  };
}

/** The real application (same module, same set-up as `npm start`) on the test database. */
export async function createTestApp(
  overrides: Partial<AppConfig> = {},
  databaseUrl = testDatabaseUrl(),
): Promise<TestApp> {
  const config = testConfig(overrides);
  await migrate(databaseUrl);
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot(config, { url: databaseUrl, poolSize: isEmbeddedDatabase() ? EMBEDDED_POOL_SIZE : 5 })],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false });
  configureApp(app, config, createRootLogger(process.env.TEST_LOG_LEVEL ?? 'silent'));
  await app.init();
  return {
    app,
    http: app.getHttpServer() as App,
    dataSource: app.get(DataSource),
    databaseUrl,
    close: () => app.close(),
  };
}
