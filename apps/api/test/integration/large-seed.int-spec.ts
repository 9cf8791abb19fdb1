import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { DatabaseNotEmptyError, seedLarge, type LargeSeedResult } from '../../src/database/seeds/large/large-seed';
import type { LargeSeedSizes } from '../../src/database/seeds/large/large-seed-sizes';
import { listeningUrl, streamGet } from '../support/http-download';
import { offlineSummary } from '../support/offline-verifier';
import { createScratchDatabase, type ScratchDatabase } from '../support/scratch-database';
import { createTestApp, isEmbeddedDatabase, type TestApp } from '../support/test-app';

const SIZES: LargeSeedSizes = { cases: 60, allegations: 180, evidence: 600, actions: 120, auditEvents: 1_500 };
/** PGlite behind its socket cannot COPY from a client; the same rows go as multi-row INSERTs. */
const method = isEmbeddedDatabase() ? 'insert' : 'copy';

// The generator writes thousands of rows and a chain of its own: a database of its own too.
describe('seed:large', () => {
  let scratch: ScratchDatabase;
  let first: LargeSeedResult;
  let t: TestApp;
  const dir = mkdtempSync(join(tmpdir(), 'large-seed-'));

  async function scalar<T>(sql: string): Promise<T> {
    const client = new Client({ connectionString: scratch.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ value: T }>(sql);
      return rows[0].value;
    } finally {
      await client.end();
    }
  }

  async function signIn(email: string, password: string): Promise<Record<string, string>> {
    const response = await request(t.http).post('/api/v1/auth/login').send({ email, password }).expect(200);
    return { Authorization: `Bearer ${(response.body as { accessToken: string }).accessToken}` };
  }

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    first = await seedLarge({ url: scratch.url, sizes: SIZES, method, seed: 11 });
    t = await createTestApp({}, scratch.url);
  }, 300_000);
  afterAll(async () => {
    await t?.close();
    await scratch?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes exactly the sizes asked for, with users of every role', async () => {
    expect(first.counts).toMatchObject({
      cases: SIZES.cases,
      allegations: SIZES.allegations,
      evidence: SIZES.evidence,
      evidence_custody: SIZES.evidence,
      enforcement_actions: SIZES.actions,
      audit_events: SIZES.auditEvents,
    });
    await expect(
      scalar<string[]>('SELECT array_agg(DISTINCT role::text ORDER BY role::text) AS value FROM users'),
    ).resolves.toEqual(['admin', 'auditor', 'executive', 'lead', 'reviewer']);
    await expect(
      scalar<string>(
        "SELECT count(*) AS value FROM case_members m JOIN users u ON u.id = m.user_id WHERE u.email = 'lead-1@large.test'",
      ),
    ).resolves.toBe(String(SIZES.cases));
  });

  it('fills the search text of every case, its allegations included', async () => {
    await expect(scalar<string>('SELECT count(*) AS value FROM cases WHERE search_vector IS NULL')).resolves.toBe('0');
    // "requests" is written only in allegations: every case that has one is found by it.
    await expect(
      scalar<boolean>(`SELECT (SELECT count(*) FROM cases WHERE search_vector @@ websearch_to_tsquery('english', 'requests'))
                            = (SELECT count(DISTINCT case_id) FROM allegations) AS value`),
    ).resolves.toBe(true);
  });

  it('leaves a chain that /audit/verify and the offline verifier find valid', async () => {
    const auditor = await signIn('auditor-1@large.test', first.password);
    const verified = await request(t.http).get('/api/v1/audit/verify').set(auditor).expect(200);
    expect(verified.body).toMatchObject({ valid: true, firstInvalidSeq: null });
    expect(verified.body.checked).toBeGreaterThanOrEqual(SIZES.auditEvents);

    const file = join(dir, 'export.ndjson');
    const sink = createWriteStream(file);
    const exported = await streamGet(`${await listeningUrl(t)}/api/v1/audit/export?format=ndjson`, auditor, (chunk) => {
      sink.write(chunk);
    });
    await new Promise((resolve) => sink.end(resolve));
    expect(exported.status).toBe(200);
    await expect(offlineSummary(file)).resolves.toMatchObject({ code: 0, valid: true, mode: 'complete' });
  });

  it('advances the case reference sequence past the generated cases', async () => {
    const lead = await signIn('lead-2@large.test', first.password);
    const created = await request(t.http)
      .post('/api/v1/cases')
      .set(lead)
      .send({ title: 'A case opened after the large data set', summary: 'Opened by hand.', severity: 'low' })
      .expect(201);
    await expect(
      scalar<string>(`SELECT count(*) AS value FROM cases WHERE reference = '${created.body.reference as string}'`),
    ).resolves.toBe('1');
  });

  it('refuses a database that holds data, and adds to it when told to, keeping the chain valid', async () => {
    await expect(seedLarge({ url: scratch.url, sizes: SIZES, method })).rejects.toBeInstanceOf(DatabaseNotEmptyError);

    const second = await seedLarge({ url: scratch.url, sizes: SIZES, method, force: true });
    expect(second.counts.cases).toBe(2 * SIZES.cases + 1);
    expect(second.counts.users).toBe(first.counts.users);
    const auditor = await signIn('auditor-2@large.test', first.password);
    const verified = await request(t.http).get('/api/v1/audit/verify').set(auditor).expect(200);
    expect(verified.body).toMatchObject({ valid: true, firstInvalidSeq: null });
  });
});
