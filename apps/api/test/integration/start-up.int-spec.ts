import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { createRootLogger } from '../../src/common/logger';
import { loadConfig } from '../../src/config/app-config';
import { DEMO_PASSWORD, DEMO_USERS } from '../../src/database/seeds/demo-users';
import { startServer, type RunningServer } from '../../src/server';
import { chainProblems } from '../support/audit-chain';

/** What `npm start` does on a fresh machine: embedded database, migrations, demo data. */
describe('start-up on a fresh embedded database', () => {
  let server: RunningServer;
  let http: App;
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ethics-start-up-'));
    const config = loadConfig({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent' });
    server = await startServer(config, createRootLogger('silent'));
    await server.app.init();
    http = server.app.getHttpServer();
    for (const user of DEMO_USERS) {
      const response = await request(http)
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: DEMO_PASSWORD })
        .expect(200);
      tokens.set(
        user.role === 'reviewer' ? user.email : user.role,
        (response.body as { accessToken: string }).accessToken,
      );
    }
  }, 120_000);
  afterAll(async () => {
    await server.close();
  });

  const as = (who: string) => ({ Authorization: `Bearer ${tokens.get(who)}` });

  it('is healthy, on the embedded database, and every demo user signs in', async () => {
    expect(server.database.embedded).not.toBeNull();
    await expect(request(http).get('/api/v1/health')).resolves.toMatchObject({ status: 200 });
    expect(tokens.size).toBe(6);
  });

  it('finds the article case by searching "surveillance", complete, for its team, auditors and executives', async () => {
    for (const who of ['reviewer@demo.test', 'lead', 'auditor', 'executive']) {
      const found = await request(http).get('/api/v1/cases?q=surveillance').set(as(who)).expect(200);
      const titles = (found.body.items as { title: string }[]).map((c) => c.title);
      expect(titles).toContain('Defence ministry unit using cloud storage and AI services for mass surveillance');
    }
    const found = await request(http).get('/api/v1/cases?q=surveillance').set(as('lead')).expect(200);
    const article = (found.body.items as { id: string; title: string }[]).find((c) => c.title.startsWith('Defence'))!;
    const detail = await request(http).get(`/api/v1/cases/${article.id}`).set(as('lead')).expect(200);
    expect(detail.body).toMatchObject({
      status: 'closed',
      outcome: 'substantiated',
      restricted: true,
      counts: { allegations: 2, openAllegations: 0, evidence: 3, findings: 2, actions: 3, statements: 3 },
    });
  });

  it('keeps the restricted article case from the reviewer who is a member of no case', async () => {
    const found = await request(http).get('/api/v1/cases?q=surveillance').set(as('reviewer2@demo.test')).expect(200);
    const titles = (found.body.items as { title: string }[]).map((c) => c.title);
    expect(titles).not.toContain('Defence ministry unit using cloud storage and AI services for mass surveillance');
  });

  it('has cases in every status and outcome, with a valid audit chain', async () => {
    const dataSource = server.app.get(DataSource);
    const statuses = await dataSource.query<{ status: string }[]>('SELECT DISTINCT status::text FROM cases');
    expect(statuses.map((row) => row.status).sort()).toEqual(
      ['actioning', 'closed', 'dismissed', 'findings', 'intake', 'investigating', 'triage'].sort(),
    );
    const outcomes = await dataSource.query<{ outcome: string }[]>(
      'SELECT DISTINCT outcome::text FROM cases WHERE outcome IS NOT NULL',
    );
    expect(outcomes).toHaveLength(5);
    // Four eyes in the demo too: nobody approved their own proposal.
    const selfApproved = await dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM enforcement_actions WHERE decided_by = proposed_by',
    );
    expect(selfApproved[0].n).toBe(0);
    await expect(chainProblems(server.app)).resolves.toEqual([]);
  });
});
