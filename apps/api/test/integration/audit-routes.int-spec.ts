import { createHash, createPublicKey, verify } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { SIGNING_KEY_FILE } from '../../src/audit/audit-signing-key';
import { EXPORTED_FIELDS, checkpointText } from '../../src/audit/chain-verifier';
import type { AppConfig } from '../../src/config/app-config';
import { APP_CONFIG } from '../../src/config/app-config.token';
import { openCase, type CreatedCase } from '../factories/cases.factory';
import { bearer, signedInUser, type TestUser } from '../factories/users.factory';
import { parseCsv } from '../support/csv';
import { exportBody } from '../support/http-download';
import { offlineSummary } from '../support/offline-verifier';
import { createTestApp, type TestApp } from '../support/test-app';

interface Event {
  seq: number;
  id: string;
  action: string;
  actorId: string | null;
  caseId: string | null;
  entityType: string;
  occurredAt: string;
  metadata: Record<string, unknown> | null;
  hash: string;
}

describe('the audit routes', () => {
  let t: TestApp;
  let auditor: TestUser;
  let reviewer: TestUser;
  let first: CreatedCase;
  let second: CreatedCase;
  let between: string;
  let dir: string;

  beforeAll(async () => {
    t = await createTestApp();
    dir = mkdtempSync(join(tmpdir(), 'audit-routes-'));
    auditor = await signedInUser(t, 'auditor');
    reviewer = await signedInUser(t, 'reviewer');
    first = await openCase(t, reviewer);
    await new Promise((resolve) => setTimeout(resolve, 5));
    between = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    second = await openCase(t, reviewer);
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const events = async (query: string): Promise<Event[]> => {
    const response = await request(t.http).get(`/api/v1/audit/events?${query}`).set(bearer(auditor)).expect(200);
    return response.body.items as Event[];
  };

  const ndjson = async (query: string) => {
    const response = await exportBody(t, `/api/v1/audit/export?format=ndjson${query}`, bearer(auditor));
    expect(response.status).toBe(200);
    const lines = response.text.split('\n');
    expect(lines.pop()).toBe('');
    return { ...response, lines, events: lines.map((line) => JSON.parse(line) as Event & Record<string, unknown>) };
  };

  describe('GET /audit/events', () => {
    it('applies each filter of the contract', async () => {
      const mine = `actorId=${reviewer.id}`;
      const all = await events(`${mine}&limit=200`);
      expect(all.map((event) => event.action).sort()).toEqual(
        expect.arrayContaining(['auth.login', 'case.created', 'case.created']),
      );
      expect(all.every((event) => event.actorId === reviewer.id)).toBe(true);

      const ofCase = await events(`caseId=${first.id}&limit=200`);
      expect(ofCase.length).toBeGreaterThan(0);
      expect(ofCase.every((event) => event.caseId === first.id)).toBe(true);

      expect((await events(`${mine}&action=case.created`)).map((event) => event.caseId).sort()).toEqual(
        [first.id, second.id].sort(),
      );
      const prefixed = await events(`${mine}&action=case.*`);
      expect(prefixed.length).toBeGreaterThanOrEqual(2);
      expect(prefixed.every((event) => event.action.startsWith('case.'))).toBe(true);
      const entities = await events(`${mine}&entityType=session`);
      expect(entities.map((event) => event.action)).toEqual(['auth.login']);

      // from is inclusive, to exclusive, both on occurredAt.
      const later = await events(`${mine}&action=case.created&from=${between}`);
      const earlier = await events(`${mine}&action=case.created&to=${between}`);
      expect(later.map((event) => event.caseId)).toEqual([second.id]);
      expect(earlier.map((event) => event.caseId)).toEqual([first.id]);
    });

    it('pages by seq in a stable order, either way, while the chain grows', async () => {
      const other = await signedInUser(t, 'lead');
      const mine = `actorId=${reviewer.id}`;
      const all = await events(`${mine}&order=asc&limit=200`);
      const seqs = all.map((event) => event.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));

      for (const order of ['asc', 'desc']) {
        const paged: number[] = [];
        let cursor = '';
        do {
          const response = await request(t.http)
            .get(`/api/v1/audit/events?${mine}&order=${order}&limit=1${cursor ? `&cursor=${cursor}` : ''}`)
            .set(bearer(auditor))
            .expect(200);
          paged.push(...(response.body.items as Event[]).map((event) => event.seq));
          cursor = response.body.nextCursor ?? '';
          await openCase(t, other);
        } while (cursor);
        expect(paged).toEqual(order === 'asc' ? seqs : [...seqs].reverse());
      }
    });

    it('refuses each malformed filter with 400, naming it', async () => {
      const cases: [string, string][] = [
        ['caseId=nope', 'caseId'],
        ['actorId=42', 'actorId'],
        ['action=Case.Created', 'action'],
        ['action=case.*.x', 'action'],
        ['entityType=Case', 'entityType'],
        ['from=yesterday', 'from'],
        ['to=2026-13-01', 'to'],
        ['order=up', 'order'],
        ['limit=0', 'limit'],
        ['limit=201', 'limit'],
        ['cursor=garbage', 'cursor'],
        ['unknown=1', 'unknown'],
      ];
      for (const [query, field] of cases) {
        const response = await request(t.http).get(`/api/v1/audit/events?${query}`).set(bearer(auditor)).expect(400);
        expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
      }
    });
  });

  describe('GET /audit/export', () => {
    it('streams the whole chain as NDJSON with every hashed field, ending with its own record', async () => {
      const exported = await ndjson('');
      expect(exported.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
      expect(exported.headers['content-disposition']).toMatch(
        /^attachment; filename="audit-events-\d{8}T\d{6}Z\.ndjson"$/,
      );
      for (const event of exported.events) expect(Object.keys(event).sort()).toEqual([...EXPORTED_FIELDS].sort());
      expect(exported.events.map((event) => event.seq)).toEqual(exported.events.map((_, index) => index + 1));

      const own = exported.events[exported.events.length - 1];
      expect(own).toMatchObject({
        id: exported.headers['x-audit-export-event-id'],
        seq: Number(exported.headers['x-audit-export-up-to-seq']),
        action: 'audit.exported',
        actorId: auditor.id,
        entityType: 'audit_export',
        metadata: { format: 'ndjson', filter: {} },
      });

      const file = join(dir, 'full.ndjson');
      writeFileSync(file, `${exported.lines.join('\n')}\n`);
      await expect(offlineSummary(file)).resolves.toMatchObject({
        code: 0,
        valid: true,
        checked: exported.events.length,
        lastSeq: own.seq,
      });
    });

    it('applies the list filters, and records them with the export', async () => {
      const exported = await ndjson(`&caseId=${first.id}&action=case.*`);
      const listed = await events(`caseId=${first.id}&action=case.*&order=asc&limit=200`);
      expect(exported.events.map((event) => event.id)).toEqual(listed.map((event) => event.id));

      const [record] = await events(`actorId=${auditor.id}&action=audit.exported&limit=1`);
      expect(record).toMatchObject({
        id: exported.headers['x-audit-export-event-id'],
        caseId: first.id,
        metadata: { format: 'ndjson', filter: { caseId: first.id, action: 'case.*' } },
      });

      const file = join(dir, 'filtered.ndjson');
      writeFileSync(file, `${exported.lines.join('\n')}\n`);
      await expect(offlineSummary(file, '--filtered')).resolves.toMatchObject({ code: 0, mode: 'filtered' });
    });

    it('writes CSV with a header row and one record per event', async () => {
      const response = await exportBody(t, `/api/v1/audit/export?format=csv&caseId=${second.id}`, bearer(auditor));
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toMatch(/filename="audit-events-\d{8}T\d{6}Z\.csv"$/);
      expect(response.text.endsWith('\n')).toBe(true);
      const [header, ...records] = parseCsv(response.text);
      expect(header).toEqual(EXPORTED_FIELDS);
      const listed = await events(`caseId=${second.id}&order=asc&limit=200`);
      expect(records.map((record) => record[1])).toEqual(listed.map((event) => event.id));
      expect(records.map((record) => record[16])).toEqual(listed.map((event) => event.hash));
    });

    it('quotes commas, quotes and line breaks, and defuses text a spreadsheet would run', async () => {
      const title = 'Resale, "bulk" accounts\nsecond line';
      const lead = await signedInUser(t, 'lead');
      const risky = await openCase(t, lead, { title });
      const reason = '=HYPERLINK("https://example.test"), see "notes"\nthen triage';
      await request(t.http)
        .post(`/api/v1/cases/${risky.id}/transitions`)
        .set(bearer(lead))
        .send({ to: 'triage', reason })
        .expect(200);
      const response = await exportBody(t, `/api/v1/audit/export?format=csv&caseId=${risky.id}`, bearer(auditor));
      expect(response.status).toBe(200);
      const [header, ...records] = parseCsv(response.text);
      const column = (name: string) => header.indexOf(name);
      const created = records.find((record) => record[column('action')] === 'case.created');
      const moved = records.find((record) => record[column('reason')] !== '');
      expect(JSON.parse(created![column('after')])).toMatchObject({ title });
      expect(moved![column('reason')]).toBe(`'${reason}`);
      expect(records.every((record) => record.length === header.length)).toBe(true);
    });

    it('refuses a bad format or filter with 400 before recording or streaming anything', async () => {
      const before = await events(`actorId=${auditor.id}&action=audit.exported&limit=200`);
      for (const query of [
        '',
        'format=xml',
        'format=ndjson&caseId=nope',
        'format=csv&from=soon',
        'format=csv&limit=5',
      ]) {
        const response = await request(t.http).get(`/api/v1/audit/export?${query}`).set(bearer(auditor)).expect(400);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
      const after = await events(`actorId=${auditor.id}&action=audit.exported&limit=200`);
      expect(after).toHaveLength(before.length);
    });
  });

  it('verifies the whole chain', async () => {
    const response = await request(t.http).get('/api/v1/audit/verify').set(bearer(auditor)).expect(200);
    expect(response.body).toMatchObject({
      valid: true,
      firstInvalidId: null,
      firstInvalidSeq: null,
      reason: null,
    });
    expect(response.body.checked).toBe(response.body.lastSeq);
    const [head] = await events('limit=1');
    expect(response.body.lastSeq).toBeLessThanOrEqual(head.seq);
  });

  it('signs checkpoints of the chain head with a key kept in DATA_DIR, that the offline verifier holds exports to', async () => {
    const checkpoint = (await request(t.http).get('/api/v1/audit/checkpoints').set(bearer(auditor)).expect(200)).body;
    const key = (await request(t.http).get('/api/v1/audit/public-key').set(bearer(auditor)).expect(200)).body;
    const [head] = await events('limit=1');
    expect(checkpoint).toMatchObject({ seq: head.seq, algorithm: 'Ed25519', keyId: key.keyId });
    expect(key.algorithm).toBe('Ed25519');

    const publicKey = createPublicKey(key.publicKey as string);
    const der = publicKey.export({ type: 'spki', format: 'der' });
    expect(key.keyId).toBe(createHash('sha256').update(der).digest('hex'));
    const signed = Buffer.from(checkpointText(checkpoint));
    expect(verify(null, signed, publicKey, Buffer.from(checkpoint.signature as string, 'base64'))).toBe(true);

    const config = t.app.get<AppConfig>(APP_CONFIG);
    expect(statSync(join(config.dataDir, SIGNING_KEY_FILE)).mode & 0o777).toBe(0o600);

    const exported = await ndjson('');
    const files = { export: join(dir, 'checked.ndjson'), checkpoint: join(dir, 'cp.json'), key: join(dir, 'key.pem') };
    writeFileSync(files.export, `${exported.lines.join('\n')}\n`);
    writeFileSync(files.checkpoint, JSON.stringify(checkpoint));
    writeFileSync(files.key, key.publicKey as string);
    await expect(
      offlineSummary(files.export, '--checkpoint', files.checkpoint, '--public-key', files.key),
    ).resolves.toMatchObject({ code: 0, valid: true });
  });

  it('answers auditors only: 403 for every other role on every audit route and the action export', async () => {
    const routes = [
      '/api/v1/audit/events',
      '/api/v1/audit/export?format=ndjson',
      '/api/v1/audit/export?format=csv',
      '/api/v1/audit/verify',
      '/api/v1/audit/checkpoints',
      '/api/v1/audit/public-key',
      '/api/v1/actions/export?format=csv',
    ];
    for (const role of ['reviewer', 'lead', 'executive', 'admin'] as const) {
      const user = await signedInUser(t, role);
      for (const route of routes) await request(t.http).get(route).set(bearer(user)).expect(403);
    }
    for (const route of routes) {
      await request(t.http).get(route).expect(401);
      await request(t.http).get(route).set(bearer(auditor)).expect(200);
    }
  });
});
