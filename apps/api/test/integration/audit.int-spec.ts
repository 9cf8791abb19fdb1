import request from 'supertest';
import { Client } from 'pg';
import { AuditService } from '../../src/audit/audit.service';
import { openCase } from '../factories/cases.factory';
import { bearer, signedInUser } from '../factories/users.factory';
import { chainProblems } from '../support/audit-chain';
import { createTestApp, type TestApp } from '../support/test-app';

describe('the audit trail', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('refuses UPDATE, DELETE and TRUNCATE on audit events in the database', async () => {
    const reviewer = await signedInUser(t, 'reviewer');
    await openCase(t, reviewer);
    // A separate connection: on the embedded database too this goes through the wire protocol.
    const client = new Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      await expect(client.query(`UPDATE audit_events SET reason = 'tampered'`)).rejects.toThrow(/append-only/);
      await expect(client.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
      await expect(client.query('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
    } finally {
      await client.end();
    }
    const [{ n }] = await t.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM audit_events');
    expect(n).toBeGreaterThan(0);
  });

  it('refuses to record outside a transaction', async () => {
    const audit = t.app.get(AuditService);
    await expect(
      audit.record(
        t.dataSource.manager,
        { actorId: null, actorRole: null, requestId: null, clientAddress: null },
        { action: 'user.created', entityType: 'user', entityId: null },
      ),
    ).rejects.toThrow(/inside the transaction/);
  });

  it('rolls the event back with its change', async () => {
    const [{ n: before }] = await t.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM audit_events');
    const audit = t.app.get(AuditService);
    await expect(
      t.dataSource.transaction(async (manager) => {
        await audit.record(
          manager,
          { actorId: null, actorRole: null, requestId: 'rollback-test', clientAddress: null },
          { action: 'user.created', entityType: 'user', entityId: null },
        );
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const [{ n: after }] = await t.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM audit_events');
    expect(after).toBe(before);
  });

  it('keeps one valid chain under concurrent writes', async () => {
    const reviewer = await signedInUser(t, 'reviewer');
    await Promise.all(Array.from({ length: 20 }, () => openCase(t, reviewer)));
    await expect(chainProblems(t.app)).resolves.toEqual([]);
  });

  it('serves events to auditors only, filtered and keyset-paged', async () => {
    const auditor = await signedInUser(t, 'auditor');
    const reviewer = await signedInUser(t, 'reviewer');
    for (const role of ['reviewer', 'lead', 'executive', 'admin'] as const) {
      const user = await signedInUser(t, role);
      await request(t.http).get('/api/v1/audit/events').set(bearer(user)).expect(403);
    }
    await openCase(t, reviewer);
    await openCase(t, reviewer);
    const page1 = await request(t.http)
      .get(`/api/v1/audit/events?actorId=${reviewer.id}&entityType=case&limit=1`)
      .set(bearer(auditor))
      .expect(200);
    expect(page1.body.items).toHaveLength(1);
    const page2 = await request(t.http)
      .get(`/api/v1/audit/events?actorId=${reviewer.id}&entityType=case&limit=1&cursor=${page1.body.nextCursor}`)
      .set(bearer(auditor))
      .expect(200);
    expect(page2.body.items[0].seq).toBeLessThan(page1.body.items[0].seq);
    const prefix = await request(t.http)
      .get(`/api/v1/audit/events?actorId=${reviewer.id}&action=auth.*`)
      .set(bearer(auditor))
      .expect(200);
    expect(prefix.body.items.map((e: { action: string }) => e.action)).toEqual(['auth.login']);
    await request(t.http).get('/api/v1/audit/events?from=yesterday').set(bearer(auditor)).expect(400);
  });
});
