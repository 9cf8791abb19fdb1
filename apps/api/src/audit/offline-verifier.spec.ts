import { execFile } from 'node:child_process';
import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { offlineSummary, runOfflineVerifier } from '../../test/support/offline-verifier';
import { GENESIS_HASH, hashAuditContent } from './audit-hash';
import { checkpointText, exportLine, keyIdOf, type ExportedAuditEvent } from './chain-verifier';

const dir = mkdtempSync(join(tmpdir(), 'offline-verifier-'));
let files = 0;

function chain(length: number): ExportedAuditEvent[] {
  const events: ExportedAuditEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq++) {
    const content = {
      seq,
      id: randomUUID(),
      occurredAt: new Date(Date.UTC(2026, 2, 1, 9, 0, seq)).toISOString(),
      actorId: randomUUID(),
      actorRole: 'reviewer',
      action: 'evidence.added',
      entityType: 'evidence',
      entityId: randomUUID(),
      caseId: randomUUID(),
      before: null,
      after: { title: 'Counsel’s report', kind: 'external_report' },
      metadata: { sha256: 'e3'.repeat(32), hasContent: true },
      reason: null,
      requestId: randomUUID(),
      clientAddress: '203.0.113.5',
      prevHash,
    };
    const hash = hashAuditContent(content);
    events.push({ ...content, hash });
    prevHash = hash;
  }
  return events;
}

function file(lines: string[], ending = '\n'): string {
  const path = join(dir, `export-${++files}.ndjson`);
  writeFileSync(path, lines.map((line) => line + ending).join(''));
  return path;
}

/** A checkpoint of `event`, signed by a fresh key, and that key's public half in a file. */
function signedCheckpoint(event: { seq: number; hash: string }) {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const fields = { seq: event.seq, hash: event.hash, at: new Date().toISOString(), keyId: keyIdOf(publicKey) };
  const signature = sign(null, Buffer.from(checkpointText(fields)), privateKey).toString('base64');
  const checkpoint = join(dir, `checkpoint-${++files}.json`);
  writeFileSync(checkpoint, JSON.stringify({ ...fields, signature, algorithm: 'Ed25519' }));
  const key = join(dir, `key-${files}.pem`);
  writeFileSync(key, publicKey.export({ type: 'spki', format: 'pem' }));
  return { checkpoint, key };
}

describe('the offline verifier (bin/audit-verify.mjs)', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const events = chain(30);
  const lines = events.map(exportLine);

  it('accepts an untouched export with exit 0 and a summary', async () => {
    const run = await runOfflineVerifier([file(lines)]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^VALID /);
    expect(run.stdout).toContain('complete chain: every event hash, every link and every sequence number checked');
    expect(run.stdout).toContain('30 events, seq 1 to 30');
    // CRLF line ends, blank lines and a missing final newline change nothing.
    await expect(offlineSummary(file([...lines.slice(0, 10), '', ...lines.slice(10)], '\r\n'))).resolves.toMatchObject({
      code: 0,
      checked: 30,
    });
    writeFileSync(join(dir, 'no-final-newline.ndjson'), lines.join('\n'));
    await expect(offlineSummary(join(dir, 'no-final-newline.ndjson'))).resolves.toMatchObject({ code: 0, checked: 30 });
  });

  it('exits 1 naming the id and line of the first bad event', async () => {
    const altered = [...lines];
    altered[11] = altered[11].replace('203.0.113.5', '203.0.113.6');
    const run = await runOfflineVerifier([file(altered)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`INVALID`);
    expect(run.stdout).toContain(`line 12: event ${events[11].id} (seq 12)`);
    expect(run.stdout).toContain('hash: its hash does not match its content');

    await expect(offlineSummary(file([...lines.slice(0, 4), '{"seq": 5,', ...lines.slice(5)]))).resolves.toMatchObject({
      code: 1,
      firstInvalidLine: 5,
      reason: 'format',
    });
    await expect(offlineSummary(file([]))).resolves.toMatchObject({ code: 1, detail: 'the file holds no events' });
  });

  it('checks a filtered export event by event when told so, and says what that covers', async () => {
    const subset = [lines[3], lines[4], lines[20]];
    const run = await runOfflineVerifier([file(subset), '--filtered']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("filtered export: each event's own hash checked, and 1 links");
    await expect(offlineSummary(file(subset))).resolves.toMatchObject({
      code: 1,
      firstInvalidLine: 1,
      reason: 'sequence',
    });
  });

  it('holds a full export to a signed checkpoint', async () => {
    const good = signedCheckpoint(events[19]);
    const options = (signed: { checkpoint: string; key: string }) => [
      '--checkpoint',
      signed.checkpoint,
      '--public-key',
      signed.key,
    ];
    await expect(offlineSummary(file(lines), ...options(good))).resolves.toMatchObject({ code: 0, valid: true });

    // The export ends before the checkpoint: the events it vouches for are missing.
    await expect(offlineSummary(file(lines.slice(0, 15)), ...options(good))).resolves.toMatchObject({
      code: 1,
      reason: 'checkpoint',
    });
    // Another history with the same seqs, consistent in itself, is not the signed one.
    const other = chain(30).map(exportLine);
    await expect(offlineSummary(file(other), ...options(good))).resolves.toMatchObject({
      code: 1,
      firstInvalidLine: 20,
      reason: 'checkpoint',
    });
    // A checkpoint checked against another key fails before the file is read.
    const stranger = signedCheckpoint(events[19]);
    await expect(
      offlineSummary(file(lines), '--checkpoint', good.checkpoint, '--public-key', stranger.key),
    ).resolves.toMatchObject({ code: 1, reason: 'checkpoint', detail: expect.stringMatching(/another key/) });
  });

  it('exits 2 when it cannot run', async () => {
    await expect(runOfflineVerifier([])).resolves.toMatchObject({ code: 2 });
    await expect(runOfflineVerifier([join(dir, 'missing.ndjson')])).resolves.toMatchObject({ code: 2 });
    await expect(runOfflineVerifier([file(lines), '--checkpoint', 'x.json'])).resolves.toMatchObject({ code: 2 });
    await expect(runOfflineVerifier([file(lines), '--bogus'])).resolves.toMatchObject({ code: 2 });
  });

  it('runs as `npm run audit:verify -- FILE`, with FILE relative to where npm was run', async () => {
    writeFileSync(join(dir, 'relative.ndjson'), lines.map((line) => `${line}\n`).join(''));
    const root = resolve(__dirname, '../../../..');
    const run = await new Promise<{ code: number; stdout: string }>((done) => {
      execFile(
        'npm',
        ['run', '--silent', '--prefix', root, 'audit:verify', '--', 'relative.ndjson'],
        { cwd: dir },
        (error, stdout) => done({ code: error ? Number(error.code) : 0, stdout }),
      );
    });
    expect(run).toMatchObject({ code: 0, stdout: expect.stringContaining('VALID relative.ndjson') });
  });
});
