import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import request from 'supertest';
import { AuditEventsRepository } from '../../src/audit/audit-events.repository';
import { appendAuditEvents } from '../factories/audit-events.factory';
import { bearer, signedInUser, type TestUser } from '../factories/users.factory';
import { listeningUrl, streamGet } from '../support/http-download';
import { offlineSummary } from '../support/offline-verifier';
import { createScratchDatabase, type ScratchDatabase } from '../support/scratch-database';
import { createTestApp, type TestApp } from '../support/test-app';

// Heap figures mean something only after a full collection: sample the live heap, not garbage.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const MB = 1024 * 1024;
/** Sample the heap every this many bytes received: about six samples in a 45 MB export. */
const SAMPLE_EVERY = 8 * MB;
/** Sized to finish in well under a minute on the embedded database of an idle 2-core machine. */
const SMALL = 15_000;
const LARGE = 45_000;

interface MeasuredExport {
  status: number;
  bytes: number;
  seconds: number;
  /** Largest growth of the live heap over its size before the export, while the body streamed. */
  heapGrowth: number;
}

// Tens of thousands of events go into a database of their own: other specs walk the shared chain.
describe('exporting a large audit chain', () => {
  let scratch: ScratchDatabase;
  let t: TestApp;
  let auditor: TestUser;
  let baseUrl: string;
  const dir = mkdtempSync(join(tmpdir(), 'audit-export-'));

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    t = await createTestApp({}, scratch.url);
    auditor = await signedInUser(t, 'auditor');
    baseUrl = await listeningUrl(t);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await scratch?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Streams an export and throws the body away (or into `file`), sampling the live heap as it goes. */
  async function measuredExport(format: 'csv' | 'ndjson', file?: string): Promise<MeasuredExport> {
    collectGarbage();
    const baseline = process.memoryUsage().heapUsed;
    let heapGrowth = 0;
    let nextSample = SAMPLE_EVERY;
    const sink = file ? createWriteStream(file) : null;
    const started = process.hrtime.bigint();
    const response = await streamGet(
      `${baseUrl}/api/v1/audit/export?format=${format}`,
      bearer(auditor),
      (chunk, bytes) => {
        sink?.write(chunk);
        if (bytes < nextSample) return;
        nextSample += SAMPLE_EVERY;
        collectGarbage();
        heapGrowth = Math.max(heapGrowth, process.memoryUsage().heapUsed - baseline);
      },
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (sink) await new Promise((resolve) => sink.end(resolve));
    return { status: response.status, bytes: response.bytes, seconds, heapGrowth };
  }

  const report = (label: string, events: number, run: MeasuredExport) =>
    console.log(
      `${label}: ${events} events, ${(run.bytes / MB).toFixed(1)} MB in ${run.seconds.toFixed(2)} s ` +
        `(${Math.round(events / run.seconds)} events/s), live heap growth ${(run.heapGrowth / MB).toFixed(1)} MB`,
    );

  it('keeps the heap flat whatever the size, and the full NDJSON export verifies offline', async () => {
    await appendAuditEvents(t.dataSource, SMALL);
    const small = await measuredExport('ndjson');
    report('ndjson', SMALL, small);

    const { lastSeq } = await appendAuditEvents(t.dataSource, LARGE - SMALL);
    const file = join(dir, 'audit-events.ndjson');
    const large = await measuredExport('ndjson', file);
    report('ndjson', lastSeq, large);
    const csv = await measuredExport('csv');
    report('csv', lastSeq, csv);

    expect([small.status, large.status, csv.status]).toEqual([200, 200, 200]);
    // A buffering export would hold at least the body, over 40 MB, at its peak.
    expect(large.bytes).toBeGreaterThan(30 * MB);
    expect(large.heapGrowth).toBeLessThan(20 * MB);
    expect(csv.heapGrowth).toBeLessThan(20 * MB);
    // Three times the events, about the same memory.
    expect(large.heapGrowth - small.heapGrowth).toBeLessThan(10 * MB);

    const offline = await offlineSummary(file);
    console.log(`offline verifier: ${offline.checked} events at ${offline.eventsPerSecond} events/s`);
    expect(offline).toMatchObject({ code: 0, valid: true, mode: 'complete', firstSeq: 1 });
    expect(offline.checked).toBeGreaterThan(lastSeq);
  }, 180_000);

  it('stops reading the database when the client goes away mid-export', async () => {
    const repository = t.app.get(AuditEventsRepository);
    const batches = jest.spyOn(repository, 'batch');
    const cut = await streamGet(`${baseUrl}/api/v1/audit/export?format=ndjson`, bearer(auditor), () => 'stop');
    expect(cut).toMatchObject({ status: 200, aborted: true });

    // Wait until no more batches are read, then check that the walk ended well short of the chain.
    let seen = -1;
    while (seen !== batches.mock.calls.length) {
      seen = batches.mock.calls.length;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    batches.mockRestore();
    expect(seen).toBeLessThan(10);

    // The server goes on serving, the single embedded connection included.
    const verification = await request(t.http).get('/api/v1/audit/verify').set(bearer(auditor)).expect(200);
    expect(verification.body).toMatchObject({ valid: true, firstInvalidId: null });
    expect(verification.body.checked).toBeGreaterThan(LARGE);
  });
});
