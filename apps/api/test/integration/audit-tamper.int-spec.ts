import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { openCase } from '../factories/cases.factory';
import { bearer, signedInUser, type TestUser } from '../factories/users.factory';
import { insertSavedEvents, rewriteHistoryFrom, savedEvent, tamperAsSuperuser } from '../support/audit-tamper';
import { exportBody } from '../support/http-download';
import { offlineSummary, runOfflineVerifier } from '../support/offline-verifier';
import { createScratchDatabase, type ScratchDatabase } from '../support/scratch-database';
import { createTestApp, type TestApp } from '../support/test-app';

interface StoredEvent {
  seq: number;
  id: string;
  caseId: string | null;
}

/**
 * Someone with full control of the database alters the trail behind the application's back;
 * GET /audit/verify and the shipped offline verifier must both name the exact event. This runs
 * on a database of its own, as every other spec checks the shared database's chain. Each
 * tampering is undone (as the superuser again) before the next, except the last.
 */
describe('tampering with the audit trail as a database superuser', () => {
  let scratch: ScratchDatabase;
  let t: TestApp;
  let auditor: TestUser;
  let dir: string;
  let exports = 0;

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    t = await createTestApp({}, scratch.url);
    dir = mkdtempSync(join(tmpdir(), 'audit-tamper-'));
    auditor = await signedInUser(t, 'auditor');
    const reviewer = await signedInUser(t, 'reviewer');
    for (let i = 0; i < 6; i++) await openCase(t, reviewer);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await scratch?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const verifyOnline = async () =>
    (await request(t.http).get('/api/v1/audit/verify').set(bearer(auditor)).expect(200)).body as Record<
      string,
      unknown
    >;

  /** An NDJSON export written to a file, as an auditor would download it. */
  async function exportFile(filter = ''): Promise<string> {
    const response = await exportBody(t, `/api/v1/audit/export?format=ndjson${filter}`, bearer(auditor));
    expect(response.status).toBe(200);
    const file = join(dir, `export-${++exports}.ndjson`);
    writeFileSync(file, response.text);
    return file;
  }

  /** The `n`th case.created event: a target in the middle of the chain, with a case. */
  async function caseCreated(n: number): Promise<StoredEvent> {
    const [row] = await t.dataSource.query<{ seq: string; id: string; case_id: string }[]>(
      `SELECT seq::text AS seq, id, case_id FROM audit_events WHERE action = 'case.created'
        ORDER BY audit_events.seq OFFSET $1 LIMIT 1`,
      [n],
    );
    return { seq: Number(row.seq), id: row.id, caseId: row.case_id };
  }

  const eventAt = async (seq: number): Promise<StoredEvent> => {
    const [row] = await t.dataSource.query<{ id: string; case_id: string | null }[]>(
      'SELECT id, case_id FROM audit_events WHERE seq = $1',
      [seq],
    );
    return { seq, id: row.id, caseId: row.case_id };
  };

  /** Both verifiers name `culprit`, found at seq `seq` (line `seq` of a full export), for `reason`. */
  async function expectBothToFind(culprit: string, seq: number, reason: string): Promise<void> {
    await expect(verifyOnline()).resolves.toMatchObject({
      valid: false,
      firstInvalidId: culprit,
      firstInvalidSeq: seq,
      reason,
    });
    const file = await exportFile();
    await expect(offlineSummary(file)).resolves.toMatchObject({
      code: 1,
      valid: false,
      firstInvalidId: culprit,
      firstInvalidSeq: seq,
      firstInvalidLine: seq,
      reason,
    });
    const human = await runOfflineVerifier([file]);
    expect(human.stdout).toContain(`line ${seq}: event ${culprit} (seq ${seq})`);
  }

  /** Puts saved rows back in place of whatever holds their seqs now. */
  const restore = (rows: Record<string, unknown>[]) =>
    tamperAsSuperuser(t.databaseUrl, async (client) => {
      await client.query('DELETE FROM audit_events WHERE seq = ANY($1::bigint[])', [rows.map((row) => row.seq)]);
      await insertSavedEvents(client, rows);
    });

  it('finds the untouched chain valid, online and offline, complete or filtered', async () => {
    await expect(verifyOnline()).resolves.toMatchObject({ valid: true, firstInvalidId: null, reason: null });
    const full = await offlineSummary(await exportFile());
    expect(full).toMatchObject({ code: 0, valid: true, mode: 'complete', firstSeq: 1 });
    expect(full.checked).toBe(full.lastSeq);

    const target = await caseCreated(2);
    const filtered = await exportFile(`&caseId=${target.caseId}`);
    await expect(offlineSummary(filtered, '--filtered')).resolves.toMatchObject({
      code: 0,
      valid: true,
      mode: 'filtered',
    });
    const human = await runOfflineVerifier([filtered, '--filtered']);
    expect(human.stdout).toContain("filtered export: each event's own hash checked");
    // Read as a complete chain, a filtered export shows its gaps.
    await expect(offlineSummary(filtered)).resolves.toMatchObject({ code: 1, reason: 'sequence' });
  });

  it('finds a changed value at that event', async () => {
    const target = await caseCreated(2);
    let saved: Record<string, unknown> = {};
    await tamperAsSuperuser(t.databaseUrl, async (client) => {
      saved = await savedEvent(client, target.seq);
      await client.query(`UPDATE audit_events SET reason = 'nothing to see here' WHERE seq = $1`, [target.seq]);
    });
    await expectBothToFind(target.id, target.seq, 'hash');
    // A filtered export still shows an altered event.
    const filtered = await exportFile(`&caseId=${target.caseId}`);
    await expect(offlineSummary(filtered, '--filtered')).resolves.toMatchObject({
      code: 1,
      firstInvalidId: target.id,
      reason: 'hash',
    });

    await restore([saved]);
    await expect(verifyOnline()).resolves.toMatchObject({ valid: true });
  });

  it('finds a time moved by less than a millisecond', async () => {
    const target = await caseCreated(3);
    let saved: Record<string, unknown> = {};
    await tamperAsSuperuser(t.databaseUrl, async (client) => {
      saved = await savedEvent(client, target.seq);
      await client.query(
        `UPDATE audit_events SET occurred_at = occurred_at + interval '400 microseconds' WHERE seq = $1`,
        [target.seq],
      );
    });
    await expectBothToFind(target.id, target.seq, 'hash');
    await restore([saved]);
    await expect(verifyOnline()).resolves.toMatchObject({ valid: true });
  });

  it('finds a deleted event at the event after the gap', async () => {
    const target = await caseCreated(2);
    const after = await eventAt(target.seq + 1);
    let saved: Record<string, unknown> = {};
    await tamperAsSuperuser(t.databaseUrl, async (client) => {
      saved = await savedEvent(client, target.seq);
      await client.query('DELETE FROM audit_events WHERE seq = $1', [target.seq]);
    });
    // The event after the gap is where the chain visibly breaks: its seq is not the one expected.
    await expect(verifyOnline()).resolves.toMatchObject({
      valid: false,
      firstInvalidId: after.id,
      firstInvalidSeq: after.seq,
      reason: 'sequence',
    });
    await expect(offlineSummary(await exportFile())).resolves.toMatchObject({
      code: 1,
      firstInvalidId: after.id,
      firstInvalidSeq: after.seq,
      firstInvalidLine: target.seq,
      reason: 'sequence',
    });

    await restore([saved]);
    await expect(verifyOnline()).resolves.toMatchObject({ valid: true });
  });

  it('finds two swapped events at the first of them', async () => {
    const first = await caseCreated(1);
    const second = await eventAt(first.seq + 1);
    let saved: Record<string, unknown>[] = [];
    await tamperAsSuperuser(t.databaseUrl, async (client) => {
      saved = [await savedEvent(client, first.seq), await savedEvent(client, second.seq)];
      await client.query('DELETE FROM audit_events WHERE seq = ANY($1::bigint[])', [[first.seq, second.seq]]);
      await insertSavedEvents(client, [
        { ...saved[1], seq: first.seq },
        { ...saved[0], seq: second.seq },
      ]);
    });
    await expectBothToFind(second.id, first.seq, 'link');

    await restore(saved);
    await expect(verifyOnline()).resolves.toMatchObject({ valid: true });
  });

  // Last: it leaves the scratch chain rewritten.
  it('proves with a kept checkpoint that a history rewritten with fresh hashes is not the one signed', async () => {
    const checkpoint = (await request(t.http).get('/api/v1/audit/checkpoints').set(bearer(auditor)).expect(200)).body;
    const key = (await request(t.http).get('/api/v1/audit/public-key').set(bearer(auditor)).expect(200)).body;
    const checkpointFile = join(dir, 'checkpoint.json');
    const keyFile = join(dir, 'public-key.json');
    writeFileSync(checkpointFile, JSON.stringify(checkpoint));
    writeFileSync(keyFile, JSON.stringify(key));
    const withCheckpoint = ['--checkpoint', checkpointFile, '--public-key', keyFile];
    await expect(offlineSummary(await exportFile(), ...withCheckpoint)).resolves.toMatchObject({
      code: 0,
      valid: true,
    });

    const target = await caseCreated(1);
    await tamperAsSuperuser(t.databaseUrl, (client) => rewriteHistoryFrom(client, target.seq, 'a better reason'));

    // Every hash and link was recomputed: an internal check cannot tell...
    await expect(verifyOnline()).resolves.toMatchObject({ valid: true });
    const rewritten = await exportFile();
    await expect(offlineSummary(rewritten)).resolves.toMatchObject({ code: 0, valid: true });
    // ...but the signed checkpoint can, at the seq it vouches for.
    await expect(offlineSummary(rewritten, ...withCheckpoint)).resolves.toMatchObject({
      code: 1,
      valid: false,
      firstInvalidSeq: checkpoint.seq,
      firstInvalidLine: checkpoint.seq,
      reason: 'checkpoint',
    });
  });
});
